package org.postlens.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.ImportStatus;
import org.postlens.app.domain.Media;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.domain.PostQuery;

class ImportBatchTest {

    @TempDir
    Path dir;

    @Test
    void theSamePostIdIsOnePostAndDuplicatesAreCounted() throws Exception {
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportSource a = StoreFixtures.source(project, "a.csv");
            ImportSource b = StoreFixtures.source(project, "b.csv");
            var first = StoreFixtures.write(project, a, List.of(
                    StoreFixtures.post("1", "one", "ann", "en", Instant.EPOCH, 1),
                    StoreFixtures.post("2", "two", "ann", "en", Instant.EPOCH, 2)), List.of());
            var second = StoreFixtures.write(project, b, List.of(
                    StoreFixtures.post("2", "two again", "bob", "en", Instant.EPOCH, 1),
                    StoreFixtures.post("3", "three", "bob", "en", Instant.EPOCH, 2)), List.of());
            assertThat(first).isEqualTo(new ImportBatch.Result(2, 0));
            assertThat(second).isEqualTo(new ImportBatch.Result(1, 1));
            assertThat(project.stats().posts()).isEqualTo(3);
            assertThat(project.stats().accounts()).isEqualTo(2);
            assertThat(project.posts().findBySourceId("", "2").orElseThrow().text()).isEqualTo("two");
            assertThat(project.posts().count(PostQuery.all().withSearch("again"))).isZero();
        }
    }

    @Test
    void aFailingBatchLeavesNothingBehind() throws Exception {
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportSource source = StoreFixtures.source(project, "a.csv");
            PostDraft good = StoreFixtures.post("1", "good text", "ann", "en", Instant.EPOCH, 1);
            // A post id that is null violates NOT NULL after the good post was inserted in the same batch.
            PostDraft broken = new PostDraft("", null, "broken", null, "newauthor", null, null, null, null, null, null,
                    List.of(), "{}", 2, 2);
            ImportProblem problem = ImportProblem.rejected("a.csv", 3, 3, "bad row", "x");
            assertThatThrownBy(() -> StoreFixtures.write(project, source, List.of(good, broken), List.of(problem)))
                    .isInstanceOf(StoreException.class);
            assertThat(project.stats()).isEqualTo(new ProjectStats(0, 0, 0, 0, 0, 1));
            assertThat(project.posts().count(PostQuery.all().withSearch("good"))).isZero();
            assertThat(project.imports().findBySha256("sha-a.csv").orElseThrow().recordsDone()).isZero();
            // The cache of account ids must not remember the rolled-back author.
            StoreFixtures.write(project, source, List.of(good), List.of());
            assertThat(project.posts().find(project.posts().findBySourceId("", "1").orElseThrow().id())
                    .orElseThrow().author()).isEqualTo("ann");
        }
    }

    @Test
    void mediaIsStoredOnceByContentAndLinkedInOrder() throws Exception {
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportSource source = StoreFixtures.source(project, "a.csv");
            Media image = new Media("abc123", "image/png", 3, 1, 1, new byte[] {1, 2, 3});
            var withImage = new ImportBatch.NewPost(StoreFixtures.post("1", "pic", "ann", "en", Instant.EPOCH, 1),
                    List.of(new ImportBatch.Attachment(image, null, "pic.png"),
                            new ImportBatch.Attachment(null, "https://example.org/x.jpg", null)));
            var sameImage = new ImportBatch.NewPost(StoreFixtures.post("2", "pic again", "bob", "en", Instant.EPOCH, 2),
                    List.of(new ImportBatch.Attachment(image, null, "copy.png")));
            project.imports().write(new ImportBatch(source.id(), List.of(withImage, sameImage), List.of(), 2));
            assertThat(project.stats().media()).isEqualTo(1);
            var post = project.posts().findBySourceId("", "1").orElseThrow();
            assertThat(post.media()).hasSize(2);
            assertThat(post.media().get(0).sha256()).isEqualTo("abc123");
            assertThat(post.media().get(1).url()).isEqualTo("https://example.org/x.jpg");
            assertThat(post.hasImage()).isTrue();
            assertThat(project.media().find("abc123").orElseThrow().bytes()).containsExactly(1, 2, 3);
            assertThat(project.posts().count(PostQuery.all().withHasImage(true))).isEqualTo(2);
        }
    }

    @Test
    void problemsAndProgressLandWithTheirBatch() throws Exception {
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportSource source = StoreFixtures.source(project, "a.csv");
            StoreFixtures.write(project, source, List.of(StoreFixtures.post("1", "one", "ann", "en", Instant.EPOCH, 1)),
                    List.of(ImportProblem.rejected("a.csv", 2, 3, "expected 3 fields, found 2", "x,y"),
                            ImportProblem.warning("a.csv", 1, 2, "date not understood", "one")));
            project.imports().finish(source.id(), ImportStatus.COMPLETE);
            ImportSource after = project.imports().sources().get(0);
            assertThat(after.recordsDone()).isEqualTo(1);
            assertThat(after.rejected()).isEqualTo(1);
            assertThat(after.warnings()).isEqualTo(1);
            assertThat(after.status()).isEqualTo(ImportStatus.COMPLETE);
            assertThat(project.imports().problems(source.id(), 0, 10))
                    .extracting(ImportProblem::reason)
                    .containsExactly("date not understood", "expected 3 fields, found 2");
            assertThat(project.stats().importErrors()).isEqualTo(1);
            // Beginning the same content again returns the finished import: nothing to redo.
            assertThat(StoreFixtures.source(project, "a.csv").status()).isEqualTo(ImportStatus.COMPLETE);
        }
    }
}
