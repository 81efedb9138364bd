package org.postlens.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.LanguageCount;
import org.postlens.app.domain.LanguageSource;
import org.postlens.app.domain.Post;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.Project;

class LanguageAtImportTest {

    @TempDir
    Path dir;

    @Test
    void theFilesLanguageIsKeptAsDataAndMissingOnesAreDetected() throws Exception {
        Path csv = dir.resolve("posts.csv");
        Files.writeString(csv, """
                id,text,lang
                1,"Short text, but the file says what it is",en-US
                2,"Le fleuve a débordé pendant la nuit et tout le quartier s'est réveillé sous l'eau",French
                3,"The river burst its banks overnight and the whole neighbourhood woke up under water",
                4,"فيضان في المدينة والناس ينتظرون المساعدة منذ الصباح",und
                5,"🔥🔥🔥",
                6,"De brandweer heeft vannacht alle huizen in de wijk ontruimd",eng
                """, StandardCharsets.UTF_8);
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            new ImportService(project).importFile(csv, ImportRequest.auto(), ProgressListener.none(),
                    CancellationToken.none());

            assertLanguage(project, "1", "en", LanguageSource.DATA);
            assertLanguage(project, "2", "fr", LanguageSource.DATA);
            assertLanguage(project, "3", "en", LanguageSource.DETECTED);
            assertLanguage(project, "4", "ar", LanguageSource.DETECTED);
            assertLanguage(project, "5", null, null);
            // The file's word goes, even where the detector would disagree: the data is the authority.
            assertLanguage(project, "6", "en", LanguageSource.DATA);

            assertThat(project.languages().counts()).contains(
                    new LanguageCount("en", LanguageSource.DATA, 2),
                    new LanguageCount("en", LanguageSource.DETECTED, 1),
                    new LanguageCount("fr", LanguageSource.DATA, 1),
                    new LanguageCount("ar", LanguageSource.DETECTED, 1),
                    new LanguageCount(null, null, 1));
        }
    }

    private static void assertLanguage(Project project, String sourceId, String lang, LanguageSource source) {
        Post post = project.posts().findBySourceId("", sourceId).orElseThrow();
        assertThat(post.lang()).as("language of post " + sourceId).isEqualTo(lang);
        assertThat(post.langSource()).as("source of the language of post " + sourceId).isEqualTo(source);
    }
}
