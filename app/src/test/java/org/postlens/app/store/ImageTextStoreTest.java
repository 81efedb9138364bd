package org.postlens.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.ImageText;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.Media;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.media.ContentHash;

/** Image text in the store and in the posts' full-text rows, without Tesseract: readings written as the job would. */
class ImageTextStoreTest {

    @TempDir
    Path dir;

    @Test
    void anOlderProjectGainsImageTextStorageWithNothingRead() throws Exception {
        Path file = V1Projects.create(dir.resolve("old.postlens"));
        try (Project project = Project.open(file)) {
            assertThat(project.imageTexts().countPending(null)).isZero();
            assertThat(project.imageTexts().countReadAndProblems()).containsExactly(0, 0);
            assertThat(project.imageTexts().indexNewPostsOfReadImages()).isZero();
            assertThat(project.posts().find(1).orElseThrow().text()).isEqualTo("written by version 1");
        }
    }

    @Test
    void eachNewReadingReplacesTheImageTextInThePostsSearchRowAndKeepsTheirOwnText() throws Exception {
        Path file = dir.resolve("texts.postlens");
        byte[] bytes = "pretend png".getBytes(StandardCharsets.US_ASCII);
        Media image = new Media(ContentHash.sha256(bytes), "image/png", bytes.length, 10, 10, bytes);
        try (Project project = Project.create(file)) {
            ImportSource source = StoreFixtures.source(project, "posts.csv");
            project.imports().write(new ImportBatch(source.id(), List.of(
                    new ImportBatch.NewPost(StoreFixtures.post("p1", "Harbour photo", "ann", "en", null, 1),
                            List.of(new ImportBatch.Attachment(image, null, "a.png"))),
                    new ImportBatch.NewPost(StoreFixtures.post("p2", null, "bob", null, null, 2),
                            List.of(new ImportBatch.Attachment(image, null, "a.png"))),
                    new ImportBatch.NewPost(StoreFixtures.post("p3", "Unrelated harbour news", "cy", "en", null, 3),
                            List.of())), List.of(), 3));
            assertThat(project.imageTexts().countPending(null)).isEqualTo(1);
            assertThat(project.imageTexts().pending(null, "", 10)).singleElement()
                    .satisfies(pending -> assertThat(pending.postLanguages()).containsExactly("en"));

            long first = run(project);
            project.imageTexts().write(List.of(new ImageText(image.sha256(), "eng", "Customs office CLOSED", 91, null, first)));
            assertThat(ids(project, "customs")).containsExactly("p1", "p2");
            assertThat(ids(project, "harbour")).containsExactly("p1", "p3");
            assertThat(project.imageTexts().countPending(null)).isZero();
            assertThat(project.imageTexts().countPending("eng+ara")).isEqualTo(1);

            long second = run(project);
            project.imageTexts().write(List.of(new ImageText(image.sha256(), "eng+ara", "Customs office open", 88, null, second)));
            assertThat(ids(project, "closed")).isEmpty();
            assertThat(ids(project, "open")).containsExactly("p1", "p2");
            assertThat(project.imageTexts().find(image.sha256()).orElseThrow().languages()).isEqualTo("eng+ara");

            long third = run(project);
            project.imageTexts().write(List.of(new ImageText(image.sha256(), "hin", null, 0, "damaged", third)));
            assertThat(ids(project, "customs")).isEmpty();
            assertThat(ids(project, "harbour")).containsExactly("p1", "p3");
            assertThat(project.imageTexts().countReadAndProblems()).containsExactly(1, 1);
            assertThat(project.embeddings().missing("m", 0, 10)).extracting(t -> t.text())
                    .containsExactly("Harbour photo", "Unrelated harbour news");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = c.createStatement()) {
            sql.execute("INSERT INTO posts_fts (posts_fts, rank) VALUES ('integrity-check', 0)");
        }
    }

    private static long run(Project project) {
        return project.runs().start(new NewRun("ocr", "tesseract", "5.3.0", "Tesseract (Tess4J)", "cpu", "{}")).id();
    }

    private static List<String> ids(Project project, String search) {
        return project.posts().page(PostQuery.all().withSearch(search), 0, 100).stream().map(PostRow::sourceId)
                .sorted().toList();
    }
}
