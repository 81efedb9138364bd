package org.postlens.app.cli;

import org.junit.jupiter.api.extension.ExtendWith;
import org.postlens.app.testing.HideShippedPacks;
import org.postlens.app.testing.UseTestHome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.store.Project;
import org.postlens.app.testing.RunnableModelPacks;
import org.postlens.app.ui.TestPosts;

/** analyze and export's predictions from the command line, on real PyTorch packs. */
@ExtendWith(HideShippedPacks.class)
@ExtendWith(UseTestHome.class)
class AnalyzeCommandTest {

    @TempDir
    static Path packs;

    @TempDir
    Path dir;

    @BeforeAll
    static void packsAndTestHome() {
        RunnableModelPacks.pack(packs, "sentiment-en", "sentiment", List.of("en"), List.of("negative", "neutral", "positive"), 1);
        RunnableModelPacks.pack(packs, "offensive-en", "offensive", List.of("en"), List.of("not", "offensive"), 2);
        RunnableModelPacks.pack(packs, "offensive-ar", "offensive", List.of("ar"), List.of("not", "offensive"), 3);
    }

    private Path importedProject() throws Exception {
        Path project = dir.resolve("flood.postlens");
        CliRun run = CliRun.of("import", project, TestPosts.writeCsv(dir, "posts.csv", TestPosts.generatedRows(30)));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return project;
    }

    @Test
    void analyzeSummarisesEachTaskAndARerunHasNothingToDo() throws Exception {
        Path project = importedProject();

        CliRun analyze = CliRun.of("analyze", project, "--models", packs, "--device", "cpu", "--batch", "7");

        assertThat(analyze.exitCode()).as(analyze.toString()).isZero();
        assertThat(analyze.outLines().get(0)).isEqualTo("Analysed 20 posts: 30 predictions.");
        assertThat(analyze.out()).contains("  offensive: 10 posts with offensive-ar 1.0.0 (PyTorch, cpu) in run ")
                .contains("  offensive: 10 posts with offensive-en 1.0.0 (PyTorch, cpu) in run ")
                .contains("  sentiment: 10 posts with sentiment-en 1.0.0 (PyTorch, cpu) in run ");
        CliRun again = CliRun.of("analyze", project, "--models", packs);
        assertThat(again.out()).startsWith("Nothing to do");
    }

    @Test
    void tasksLimitsTheModelsAndAnUnknownTaskIsAPlainError() throws Exception {
        Path project = importedProject();

        CliRun sentiment = CliRun.of("analyze", project, "--models", packs, "--tasks", "sentiment");
        assertThat(sentiment.exitCode()).as(sentiment.toString()).isZero();
        assertThat(sentiment.out()).contains("sentiment:").doesNotContain("offensive:");

        CliRun unknown = CliRun.of("analyze", project, "--models", packs, "--tasks", "sarcasm");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("No usable model pack for task 'sarcasm'").contains("offensive, sentiment");

        CliRun none = CliRun.of("analyze", project, "--models", dir.resolve("no-packs-here"));
        assertThat(none.exitCode()).isNotZero();
        assertThat(none.err()).contains("No usable task model packs");

        org.junit.jupiter.api.Assumptions.assumeTrue(ai.djl.engine.Engine.getEngine("PyTorch").getGpuCount() == 0,
                "this machine has a GPU that PyTorch can use");
        CliRun gpu = CliRun.of("analyze", project, "--models", packs, "--device", "gpu");
        assertThat(gpu.exitCode()).isNotZero();
        assertThat(gpu.err()).contains("No CUDA GPU is usable by PyTorch").contains("PYTORCH_LIBRARY_PATH");
    }

    @Test
    void exportsCarryTheLatestPredictionOfEachTask() throws Exception {
        Path project = importedProject();
        assertThat(CliRun.of("analyze", project, "--models", packs).exitCode()).isZero();
        Map<String, Map<String, StoredPrediction>> stored = new HashMap<>();
        try (Project opened = Project.open(project)) {
            opened.posts().forEach(PostQuery.all(), post -> stored.put(post.sourceId(), opened.predictions().latest(post.id())));
        }

        Path jsonl = dir.resolve("out.jsonl");
        assertThat(CliRun.of("export", project, jsonl).exitCode()).isZero();
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(30);
        ObjectMapper json = new ObjectMapper();
        int withPredictions = 0;
        for (String line : lines) {
            JsonNode post = json.readTree(line);
            Map<String, StoredPrediction> expected = stored.get(post.path("id").asText());
            JsonNode predictions = post.path("predictions");
            assertThat(predictions.isObject()).isTrue();
            assertThat(predictions.size()).isEqualTo(expected.size());
            for (StoredPrediction prediction : expected.values()) {
                assertThat(predictions.path(prediction.task()).path("label").asText()).isEqualTo(prediction.label());
                assertThat(predictions.path(prediction.task()).path("score").asDouble()).isEqualTo(prediction.score());
            }
            withPredictions += expected.isEmpty() ? 0 : 1;
        }
        assertThat(withPredictions).as("English and Arabic posts").isEqualTo(20);

        Path csv = dir.resolve("out.csv");
        assertThat(CliRun.of("export", project, csv).exitCode()).isZero();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().build().parse(reader)) {
            assertThat(parser.getHeaderNames()).endsWith("pred.offensive", "score.offensive", "pred.sentiment", "score.sentiment");
            for (CSVRecord record : parser) {
                Map<String, StoredPrediction> expected = stored.get(record.get("id"));
                for (String task : List.of("offensive", "sentiment")) {
                    StoredPrediction prediction = expected.get(task);
                    assertThat(record.get("pred." + task)).isEqualTo(prediction == null ? "" : prediction.label());
                    assertThat(record.get("score." + task)).isEqualTo(prediction == null ? "" : Double.toString(prediction.score()));
                }
            }
        }

        Path reimported = dir.resolve("again.postlens");
        CliRun importAgain = CliRun.of("import", reimported, csv);
        assertThat(importAgain.exitCode()).as(importAgain.toString()).isZero();
        try (Project again = Project.open(reimported)) {
            assertThat(again.stats().posts()).as("prediction columns do not disturb the import").isEqualTo(30);
            Post first = again.posts().findBySourceId("", "g1").orElseThrow();
            assertThat(first.text()).startsWith("Rescue teams reach the flooded district");
        }
    }
}
