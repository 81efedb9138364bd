package org.postlens.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.TaskKeys;
import org.postlens.app.export.PredictionColumns;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.Project;
import org.postlens.app.testing.RunnableModelPacks;
import org.postlens.app.ui.TestPosts;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.pack.ModelCatalog;
import org.postlens.runtime.pack.ModelPackLoader;

/** One stance pack per target: each target runs, is stored and exported as a task of its own. */
class StanceTargetsTest {

    @TempDir
    static Path packs;

    private static ModelCatalog catalog;

    @TempDir
    Path dir;

    @BeforeAll
    static void writePacks() {
        List<String> labels = List.of("none", "against", "favor");
        RunnableModelPacks.pack(packs, "stance-abortion-en", "stance", "abortion", List.of("en"), labels, 11);
        RunnableModelPacks.pack(packs, "stance-climate-en", "stance", "climate", List.of("en"), labels, 12);
        RunnableModelPacks.pack(packs, "sentiment-en", "sentiment", List.of("en"), List.of("negative", "positive"), 13);
        catalog = ModelCatalog.scan(List.of(), List.of(packs), new ModelPackLoader(false));
        assertThat(catalog.invalid()).isEmpty();
    }

    @AfterAll
    static void forget() {
        catalog = null;
    }

    @Test
    void everyTargetIsATaskOfItsOwnFromAnalysisToExport() throws Exception {
        try (TaskModels models = TaskModels.open(catalog, Set.of(), DevicePreference.CPU);
             Project project = project()) {
            assertThat(models.models()).extracting(TaskModel::task)
                    .containsExactlyInAnyOrder("stance:abortion", "stance:climate", "sentiment");

            AnalyzeReport report = new AnalyzeJob(project, models.models(), null, 16)
                    .run(ProgressListener.none(), CancellationToken.none());

            assertThat(report.runs()).extracting(TaskRunSummary::task)
                    .containsExactly("sentiment", "stance:abortion", "stance:climate");
            assertThat(report.runs()).allSatisfy(summary -> assertThat(summary.run().task()).isEqualTo(summary.task()));
            for (PostRow row : project.posts().page(PostQuery.all(), 0, 100)) {
                if ("en".equals(row.lang())) {
                    assertThat(project.predictions().latest(row.id()).keySet())
                            .containsExactlyInAnyOrder("sentiment", "stance:abortion", "stance:climate");
                }
            }
            assertThat(project.predictions().tasks()).contains("stance:abortion", "stance:climate");
            assertThat(new PredictionColumns(project.predictions()).csvHeaders())
                    .contains("pred.stance:abortion", "score.stance:abortion", "pred.stance:climate", "score.stance:climate");
        }
    }

    @Test
    void aTaskSelectsAllItsTargetsAndATaskKeyOne() throws Exception {
        try (TaskModels stance = TaskModels.open(catalog, Set.of("stance"), DevicePreference.CPU);
             TaskModels climate = TaskModels.open(catalog, Set.of("stance:climate"), DevicePreference.CPU)) {
            assertThat(stance.models()).extracting(TaskModel::task).containsExactlyInAnyOrder("stance:abortion", "stance:climate");
            assertThat(climate.models()).extracting(TaskModel::task).containsExactly("stance:climate");
        }
    }

    @Test
    void taskKeysReadForPeopleAndNodeIds() {
        assertThat(TaskKeys.display("stance:abortion")).isEqualTo("stance \u00B7 abortion");
        assertThat(TaskKeys.display("sentiment")).isEqualTo("sentiment");
        assertThat(TaskKeys.task("stance:abortion")).isEqualTo("stance");
        assertThat(TaskKeys.nodeId("stance:abortion")).isEqualTo("stance-abortion");
    }

    private Project project() throws Exception {
        Project project = Project.create(dir.resolve("stance.postlens"));
        TestPosts.importCsv(project, TestPosts.writeCsv(dir, "posts.csv", TestPosts.sampleRows()));
        return project;
    }
}
