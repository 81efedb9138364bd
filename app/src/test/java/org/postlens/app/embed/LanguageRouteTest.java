package org.postlens.app.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.service.ImportRequest;
import org.postlens.app.service.ImportService;
import org.postlens.app.store.Project;
import org.postlens.runtime.TextEncoder;

class LanguageRouteTest {

    @TempDir
    Path dir;

    @Test
    void routesByTheKnownLanguageElseByScript() {
        LanguageRoute english = new LanguageRoute(Set.of("en"));
        assertThat(english.accepts("en", "anything")).isTrue();
        assertThat(english.accepts("ar", "written in Latin letters anyway")).isFalse();
        assertThat(english.accepts(null, "The dam is safe, say engineers")).isTrue();
        assertThat(english.accepts(null, "سد كيسرا آمن حسب المهندسين")).isFalse();
        assertThat(english.accepts(null, "बांध सुरक्षित है")).isFalse();
        assertThat(english.accepts(null, "🔥🔥 123")).isFalse();
        assertThat(new LanguageRoute(Set.of()).accepts("ar", "سد")).isTrue();
    }

    @Test
    void postsAnEnglishOnlyEncoderCannotReadAreLeftOutAndCounted() throws Exception {
        Path csv = Files.writeString(dir.resolve("posts.csv"), """
                id,text,lang
                1,The dam has not collapsed say engineers,en
                2,سد كيسرا لم ينهار حسب المهندسين,ar
                3,बांध नहीं टूटा है,
                4,Evacuation buses leave from the central station,
                """);
        try (TextEncoder encoder = RealTextEncoder.open();
             Project project = Project.create(dir.resolve("p.postlens"))) {
            new ImportService(project).importFile(csv, ImportRequest.auto(), ProgressListener.none(),
                    CancellationToken.none());

            EmbedReport report = new EmbedJob(project, encoder, 8).run(ProgressListener.none(), CancellationToken.none());

            assertThat(report.embedded()).isEqualTo(2);
            assertThat(report.skipped()).isEqualTo(2);
            assertThat(report.skippedExplanation()).isEqualTo("2 posts not embedded: this model reads en only");
            assertThat(project.embeddings().count(encoder.model().id())).isEqualTo(2);
        }
    }
}
