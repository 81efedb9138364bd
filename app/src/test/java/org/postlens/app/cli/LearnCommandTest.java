package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.SchemaDraft;
import org.postlens.app.domain.SchemaKind;
import org.postlens.app.store.Project;
import org.postlens.app.ui.TestPosts;
import org.postlens.app.testing.UseTestHome;

/** {@code learn} and {@code bench label}: JSON on the last line, a pack that {@code models} lists. */
@ExtendWith(UseTestHome.class)
class LearnCommandTest {

    @TempDir
    Path dir;

    private Path labelledProject() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            String cue = i % 2 == 0 ? "verified by the agency" : "shocking secret they hide";
            rows.add(String.format("c%d,2026-03-01T10:%02d:00Z,author,\"post %d %s\",1,1,1,1,en", i, i % 60, i, cue));
        }
        Path file = dir.resolve("desk.postlens");
        try (Project project = Project.create(file)) {
            TestPosts.importCsv(project, TestPosts.writeCsv(dir, "posts.csv", rows));
            LabelSchema schema = project.labelSchemas().create(new SchemaDraft("claim-type", "Claim type", SchemaKind.SINGLE,
                    List.of("sourced", "rumour"), "", List.of(), null), false);
            List<Long> ids = project.posts().page(PostQuery.all(), 0, 100).stream().map(PostRow::id).sorted().toList();
            for (int i = 0; i < 24; i++) {
                project.annotations().add(schema, NewAnnotation.of(ids.get(i), schema.id(), "desk",
                        List.of((i + 1) % 2 == 0 ? "sourced" : "rumour")));
            }
        }
        return file;
    }

    @Test
    void learnPrintsItsFiguresAsJsonAndTheSavedPackLoads() throws Exception {
        Path project = labelledProject();
        Path packs = dir.resolve("packs");

        CliRun run = CliRun.of("learn", project, "--schema", "claim-type", "--curve", "--save-pack", packs.resolve("claims"));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.outLines();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(json.path("labels").asInt()).isEqualTo(24);
        assertThat(json.path("family").asText()).isEqualTo("NGRAM");
        assertThat(json.path("cv_metric").asText()).isEqualTo("macro_f1");
        assertThat(json.path("cv_f1").asDouble()).isGreaterThan(0.9);
        assertThat(json.path("learning_curve")).extracting(point -> point.path("labels").asInt()).containsExactly(10, 20, 24);
        assertThat(json.path("predicted").asInt()).isEqualTo(36);
        assertThat(json.path("run").asLong()).isPositive();
        assertThat(json.path("pack").asText()).endsWith("claims");

        CliRun models = CliRun.of("models", "--models", packs, "--check");
        assertThat(models.exitCode()).as(models.toString()).isZero();
        assertThat(models.out()).contains("learned-claim-type");
    }

    @Test
    void theSavedPackRunsThroughAnalyzeLikeAShippedPack() throws Exception {
        Path project = labelledProject();
        Path packs = dir.resolve("packs");
        CliRun learn = CliRun.of("learn", project, "--schema", "claim-type", "--save-pack", packs.resolve("claims"));
        assertThat(learn.exitCode()).as(learn.toString()).isZero();
        Path other = dir.resolve("other.postlens");
        try (Project fresh = Project.create(other)) {
            TestPosts.importCsv(fresh, TestPosts.writeCsv(dir, "new.csv", List.of(
                    "n1,2026-03-02T10:00:00Z,someone,\"a shocking secret they hide from you\",1,1,1,1,en",
                    "n2,2026-03-02T11:00:00Z,someone,\"figures verified by the agency today\",1,1,1,1,en")));
        }

        CliRun analyze = CliRun.of("analyze", other, "--models", packs, "--tasks", "claim-type");

        assertThat(analyze.exitCode()).as(analyze.toString()).isZero();
        try (Project reopened = Project.open(other)) {
            List<Long> ids = reopened.posts().page(PostQuery.all(), 0, 10).stream().map(PostRow::id).sorted().toList();
            assertThat(reopened.predictions().latest(ids.get(0)).get("claim-type").label()).isEqualTo("rumour");
            assertThat(reopened.predictions().latest(ids.get(1)).get("claim-type").label()).isEqualTo("sourced");
        }
    }

    @Test
    void anUnknownSchemaIsAPlainError() throws Exception {
        CliRun run = CliRun.of("learn", labelledProject(), "--schema", "nope");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("no label schema 'nope' in the project").doesNotContain("Exception");
    }

    @Test
    void benchLabelReportsTheTrainingTimeAgainstItsTarget() throws Exception {
        CliRun run = CliRun.of("bench", "label", "--labels", 200, "--shared", dir.resolve("absent"), "--posts", 500, "--steps", 10);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.outLines();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(json.path("training_labels").asInt()).isEqualTo(200);
        assertThat(json.path("training_family").asText()).isEqualTo("COMBINED");
        assertThat(json.path("training_data").asText()).isEqualTo("synthetic");
        assertThat(json.path("training_target_s").asDouble()).isEqualTo(2.0);
        assertThat(json.path("training_ratio_to_target").asDouble())
                .isEqualTo(Math.round(json.path("training_s").asDouble() / 2.0 * 1000) / 1000.0, org.assertj.core.api.Assertions.within(0.002));
    }
}
