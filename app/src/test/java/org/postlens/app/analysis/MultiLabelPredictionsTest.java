package org.postlens.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.PredictedLabels;
import org.postlens.app.domain.PredictionFilter;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.export.ExportFormat;
import org.postlens.app.export.ExportRequest;
import org.postlens.app.export.ExportService;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.Project;
import org.postlens.app.testing.RunnableModelPacks;
import org.postlens.app.ui.TestPosts;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.pack.ModelCatalog;
import org.postlens.runtime.pack.ModelPackLoader;

/** A multi-label pack's predictions: every label that passes 0.5 is stored, filtered on and exported. */
class MultiLabelPredictionsTest {

    private static final List<String> TECHNIQUES = List.of("Doubt", "Loaded Language", "Name calling/Labeling",
            "Obfuscation, Intentional vagueness, Confusion", "Smears");

    @TempDir
    Path dir;

    @Test
    void everyPassingLabelIsStoredFilteredOnAndExported() throws Exception {
        Path packs = dir.resolve("packs");
        RunnableModelPacks.multiLabelPack(packs, "propaganda-en", "propaganda", List.of("en"), TECHNIQUES, 5);
        RunnableModelPacks.pack(packs, "stance-climate-en", "stance", "climate", List.of("en"),
                List.of("none", "against", "favor"), 6);
        ModelCatalog catalog = ModelCatalog.scan(List.of(), List.of(packs), new ModelPackLoader(false));
        try (TaskModels models = TaskModels.open(catalog, Set.of(), DevicePreference.CPU);
             Project project = Project.create(dir.resolve("p.postlens"))) {
            TestPosts.importCsv(project, TestPosts.writeCsv(dir, "posts.csv", TestPosts.generatedRows(60)));
            new AnalyzeJob(project, models.models(), null, 16).run(ProgressListener.none(), CancellationToken.none());

            Map<String, Set<Long>> postsByTechnique = new java.util.TreeMap<>();
            int withSeveral = 0;
            int withNone = 0;
            for (PostRow row : project.posts().page(PostQuery.all(), 0, 100)) {
                StoredPrediction propaganda = project.predictions().latest(row.id()).get("propaganda");
                if (propaganda == null) {
                    continue;
                }
                List<String> expected = new ArrayList<>();
                propaganda.scores().entrySet().stream().filter(e -> e.getValue() >= 0.5)
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                        .forEach(e -> expected.add(e.getKey()));
                assertThat(propaganda.labels()).containsExactlyElementsOf(expected);
                assertThat(propaganda.label()).isEqualTo(expected.isEmpty() ? "none" : String.join("; ", expected));
                assertThat(propaganda.score()).isEqualTo(propaganda.scores().values().stream().mapToDouble(d -> d).max().orElseThrow(),
                        org.assertj.core.data.Offset.offset(1e-6));
                withSeveral += expected.size() > 1 ? 1 : 0;
                withNone += expected.isEmpty() ? 1 : 0;
                expected.forEach(label -> postsByTechnique.computeIfAbsent(label, l -> new HashSet<>()).add(row.id()));
                StoredPrediction stance = project.predictions().latest(row.id()).get("stance:climate");
                assertThat(stance.labels()).as("single-label: its one label, 'none' included").containsExactly(stance.label());
            }
            assertThat(withSeveral).as("random weights give some posts several techniques").isPositive();

            for (Map.Entry<String, Set<Long>> technique : postsByTechnique.entrySet()) {
                List<PostRow> matching = project.posts().page(PostQuery.all()
                        .withPrediction(new PredictionFilter("propaganda", technique.getKey(), null, null)), 0, 100);
                assertThat(matching).extracting(PostRow::id).as(technique.getKey())
                        .containsExactlyInAnyOrderElementsOf(technique.getValue());
            }
            assertThat(project.predictions().labels("propaganda")).as("the filter's choices: single techniques")
                    .allMatch(label -> !label.contains(PredictedLabels.SEPARATOR))
                    .containsAll(postsByTechnique.keySet());
            if (withNone > 0) {
                assertThat(project.predictions().labels("propaganda")).contains("none");
            }

            Path out = dir.resolve("out.jsonl");
            new ExportService(project).export(ExportRequest.ofQuery(PostQuery.all(), out, ExportFormat.JSONL),
                    ProgressListener.none(), CancellationToken.none());
            int exported = 0;
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                JsonNode predictions = new ObjectMapper().readTree(line).path("predictions");
                if (predictions.has("propaganda")) {
                    JsonNode propaganda = predictions.get("propaganda");
                    List<String> labels = new ArrayList<>();
                    propaganda.get("labels").forEach(label -> labels.add(label.asText()));
                    assertThat(PredictedLabels.join(labels)).isEqualTo(propaganda.get("label").asText());
                    assertThat(predictions.get("stance:climate").has("labels")).as("single-label: no array").isFalse();
                    exported++;
                }
            }
            assertThat(exported).isPositive();
        }
    }
}
