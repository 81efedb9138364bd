package org.postlens.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.Int8Vector;
import org.postlens.app.domain.Int8VectorTable;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.PostText;
import org.postlens.app.domain.PostVector;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;

class EmbeddingStoreTest {

    private static final String MODEL = "test-model";

    @TempDir
    Path dir;

    @Test
    void aVersion1ProjectIsUpgradedAndKeepsItsPosts() throws Exception {
        Path file = V1Projects.create(dir.resolve("old.postlens"));
        try (Project project = Project.open(file)) {
            assertThat(project.stats().posts()).isEqualTo(1);
            assertThat(project.embeddings().countMissing(MODEL)).isEqualTo(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = c.createStatement();
             ResultSet row = sql.executeQuery("PRAGMA user_version")) {
            row.next();
            assertThat(row.getInt(1)).isEqualTo(Project.formatVersion());
        }
    }

    @Test
    void aProjectNewerThanThisBuildIsStillRefused() throws Exception {
        Path file = dir.resolve("future.postlens");
        Project.create(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = c.createStatement()) {
            sql.execute("PRAGMA user_version = " + (Project.formatVersion() + 1));
        }
        assertThatThrownBy(() -> Project.open(file)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("newer version");
    }

    @Test
    void storesVectorsWithTheirRunAndListsWhatIsStillMissing() throws Exception {
        try (Project project = projectWithPosts("one", "two", "", "four")) {
            assertThat(project.embeddings().countMissing(MODEL)).isEqualTo(3);
            List<PostText> firstPage = project.embeddings().missing(MODEL, 0, 2);
            assertThat(firstPage).extracting(PostText::text).containsExactly("one", "two");

            Run run = project.runs().start(new NewRun("embed", MODEL, "1", "OnnxRuntime", "cpu", "{}"));
            project.embeddings().write(run.id(), MODEL, firstPage.stream()
                    .map(p -> new PostVector(p.postId(), Int8Vector.quantize(new float[] {0.6f, 0.8f, 0f})))
                    .toList());
            project.runs().finish(run.id(), RunStatus.COMPLETE);

            assertThat(project.embeddings().count(MODEL)).isEqualTo(2);
            assertThat(project.embeddings().countMissing(MODEL)).isEqualTo(1);
            assertThat(project.embeddings().missing(MODEL, 0, 10)).extracting(PostText::text).containsExactly("four");
            assertThat(project.embeddings().countMissing("another-model")).isEqualTo(3);
            assertThat(project.embeddings().runOf(firstPage.get(0).postId(), MODEL)).isEqualTo(run.id());
            Run finished = project.runs().find(run.id()).orElseThrow();
            assertThat(finished.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(finished.finishedAt()).isNotNull();
            assertThat(project.runs().latestModel("embed")).contains(MODEL);
        }
    }

    @Test
    void loadsAModelsVectorsIntoOneFlatTableInPostOrder() throws Exception {
        try (Project project = projectWithPosts("a", "b", "c")) {
            Run run = project.runs().start(new NewRun("embed", MODEL, "1", "OnnxRuntime", "cpu", "{}"));
            List<PostText> posts = project.embeddings().missing(MODEL, 0, 10);
            project.embeddings().write(run.id(), MODEL, List.of(
                    new PostVector(posts.get(2).postId(), Int8Vector.quantize(new float[] {0f, 0f, 1f})),
                    new PostVector(posts.get(0).postId(), Int8Vector.quantize(new float[] {1f, 0f, 0f}))));

            Int8VectorTable table = project.embeddings().load(MODEL);

            assertThat(table.size()).isEqualTo(2);
            assertThat(table.dimension()).isEqualTo(3);
            assertThat(table.postId(0)).isEqualTo(posts.get(0).postId());
            assertThat(table.vector(0).codes()).containsExactly(127, 0, 0);
            assertThat(table.scale(0) * 127).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-6f));
            assertThat(table.postId(1)).isEqualTo(posts.get(2).postId());
            assertThat(project.embeddings().load("another-model").size()).isZero();
        }
    }

    private Project projectWithPosts(String... texts) throws Exception {
        Project project = Project.create(dir.resolve("p.postlens"));
        List<org.postlens.app.domain.PostDraft> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            drafts.add(StoreFixtures.post("p" + i, texts[i], "ann", "en", Instant.EPOCH.plusSeconds(i), i + 1));
        }
        StoreFixtures.write(project, StoreFixtures.source(project, "a.csv"), drafts, List.of());
        return project;
    }
}
