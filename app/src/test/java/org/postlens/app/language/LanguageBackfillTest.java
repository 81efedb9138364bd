package org.postlens.app.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.LanguageCount;
import org.postlens.app.domain.LanguageSource;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.JobCancelledException;
import org.postlens.app.jobs.Progress;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.ImportBatch;
import org.postlens.app.store.Project;

/** Back-fill on a project whose posts were stored without detection, as projects imported before it were. */
class LanguageBackfillTest {

    @TempDir
    Path dir;

    private static final String[] TEXTS = {
            "The river burst its banks overnight and the whole neighbourhood woke up under water",
            "فيضان في المدينة والناس ينتظرون المساعدة منذ الصباح",
            "शहर में बाढ़ का पानी घरों में घुस गया है",
            "😂😂😂"};

    private static Project projectWithUnknownLanguages(Path file, int posts) throws Exception {
        Project project = Project.create(file);
        ImportSource source = project.imports().begin("/tmp/old.csv", "old.csv", "sha-old", "CSV", null);
        List<ImportBatch.NewPost> batch = new ArrayList<>();
        for (int i = 1; i <= posts; i++) {
            String lang = i == 1 ? "de" : null; // one post whose file named its language
            PostDraft draft = new PostDraft("", Integer.toString(i), TEXTS[i % TEXTS.length], null, null, null, null,
                    null, null, null, lang, List.of(), "{}", i, i);
            batch.add(new ImportBatch.NewPost(draft, List.of()));
        }
        project.imports().write(new ImportBatch(source.id(), batch, List.of(), posts));
        return project;
    }

    @Test
    void detectsMissingLanguagesLeavesTheDataAloneAndCountsBySource() throws Exception {
        try (Project project = projectWithUnknownLanguages(dir.resolve("p.postlens"), 9)) {
            List<Progress> reports = new ArrayList<>();
            LanguageBackfill.Result result = new LanguageBackfill(project, new PostLanguageDetector())
                    .run(reports::add, CancellationToken.none());

            assertThat(result.examined()).isEqualTo(8);
            assertThat(result.detected()).isEqualTo(6);
            assertThat(result.stillUnknown()).isEqualTo(2);
            assertThat(reports.get(reports.size() - 1).done()).isEqualTo(8);
            assertThat(reports.get(reports.size() - 1).total()).isEqualTo(8);
            assertThat(project.languages().counts()).containsExactlyInAnyOrder(
                    new LanguageCount("de", LanguageSource.DATA, 1),
                    new LanguageCount("en", LanguageSource.DETECTED, 2),
                    new LanguageCount("ar", LanguageSource.DETECTED, 2),
                    new LanguageCount("hi", LanguageSource.DETECTED, 2),
                    new LanguageCount(null, null, 2));
            assertThat(project.posts().findBySourceId("", "1").orElseThrow().text()).isEqualTo(TEXTS[1]);
            assertThat(project.posts().findBySourceId("", "1").orElseThrow().lang()).isEqualTo("de");

            LanguageBackfill.Result again = new LanguageBackfill(project, new PostLanguageDetector())
                    .run(ProgressListener.none(), CancellationToken.none());
            assertThat(again.examined()).as("only the posts still unknown are looked at again").isEqualTo(2);
            assertThat(again.detected()).isZero();
        }
    }

    @Test
    void aCancelKeepsTheBatchesStoredAndARerunFinishes() throws Exception {
        int posts = LanguageBackfill.BATCH_SIZE * 2 + 10;
        try (Project project = projectWithUnknownLanguages(dir.resolve("p.postlens"), posts)) {
            CancellationToken cancel = new CancellationToken();
            ProgressListener cancelAfterFirstBatch = progress -> {
                if (progress.done() >= LanguageBackfill.BATCH_SIZE) {
                    cancel.cancel();
                }
            };
            assertThatThrownBy(() -> new LanguageBackfill(project, new PostLanguageDetector())
                    .run(cancelAfterFirstBatch, cancel)).isInstanceOf(JobCancelledException.class);
            long unknownAfterCancel = project.languages().countUnknown();
            assertThat(unknownAfterCancel).isLessThan(posts - 1).isGreaterThan(posts / 4);

            new LanguageBackfill(project, new PostLanguageDetector()).run(ProgressListener.none(), CancellationToken.none());
            long emojiOnly = IntStream.rangeClosed(1, posts).filter(i -> i % TEXTS.length == 3).count();
            assertThat(project.languages().countUnknown()).isEqualTo(emojiOnly);
        }
    }
}
