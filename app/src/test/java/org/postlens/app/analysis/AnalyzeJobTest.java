package org.postlens.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.embed.RealTextEncoder;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.JobCancelledException;
import org.postlens.app.jobs.Progress;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.Project;
import org.postlens.app.testing.RunnableModelPacks;
import org.postlens.app.ui.TestPosts;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.TextClassifier;
import org.postlens.runtime.TextEncoder;
import org.postlens.runtime.pack.ModelCatalog;
import org.postlens.runtime.pack.ModelPackLoader;

/** The analyze job on real PyTorch packs and a real project: routing, provenance, resume, cancel, shared encoding. */
class AnalyzeJobTest {

    @TempDir
    static Path packs;

    private static TaskModels models;

    @TempDir
    Path dir;

    @BeforeAll
    static void openPacks() throws Exception {
        RunnableModelPacks.pack(packs, "sentiment-en", "sentiment", List.of("en"), List.of("negative", "neutral", "positive"), 1);
        RunnableModelPacks.pack(packs, "offensive-en", "offensive", List.of("en"), List.of("not", "offensive"), 2);
        RunnableModelPacks.pack(packs, "offensive-ar", "offensive", List.of("ar"), List.of("not", "offensive"), 3);
        ModelCatalog catalog = ModelCatalog.scan(List.of(), List.of(packs), new ModelPackLoader(false));
        assertThat(catalog.invalid()).isEmpty();
        models = TaskModels.open(catalog, Set.of(), DevicePreference.CPU);
    }

    @AfterAll
    static void closePacks() {
        models.close();
    }

    @Test
    void eachPostGetsOneModelPerTaskInItsLanguageWithItsRun() throws Exception {
        try (Project project = project(TestPosts.sampleRows())) {
            AnalyzeReport report = new AnalyzeJob(project, models.models(), null, 4)
                    .run(ProgressListener.none(), CancellationToken.none());

            assertThat(report.runs()).extracting(TaskRunSummary::task).containsExactly("offensive", "offensive", "sentiment");
            assertThat(report.runs()).extracting(summary -> summary.run().modelId())
                    .containsExactlyInAnyOrder("offensive-en", "offensive-ar", "sentiment-en");
            for (TaskRunSummary summary : report.runs()) {
                assertThat(summary.run().kind()).isEqualTo(AnalyzeJob.RUN_KIND);
                assertThat(summary.run().task()).isEqualTo(summary.task());
                assertThat(summary.run().engine()).isEqualTo("PyTorch");
                assertThat(summary.run().device()).isEqualTo("cpu");
                assertThat(summary.run().modelVersion()).isEqualTo("1.0.0");
                assertThat(summary.run().status()).isEqualTo(RunStatus.COMPLETE);
                assertThat(summary.labelCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(summary.predicted());
            }
            assertThat(report.predictions()).as("3 English posts x 2 tasks + 2 Arabic posts x 1 task").isEqualTo(8);

            for (PostRow row : rows(project)) {
                Map<String, StoredPrediction> latest = project.predictions().latest(row.id());
                switch (row.lang()) {
                    case "en" -> assertThat(latest.keySet()).containsExactly("offensive", "sentiment");
                    case "ar" -> assertThat(latest.keySet()).containsExactly("offensive");
                    default -> assertThat(latest).as("no Hindi pack").isEmpty();
                }
                for (StoredPrediction stored : latest.values()) {
                    TextClassifier classifier = classifier(stored.run().modelId());
                    Prediction direct = classifier.classify(project.posts().find(row.id()).orElseThrow().text());
                    assertThat(stored.label()).isEqualTo(direct.label());
                    assertThat(stored.score()).isEqualTo((double) direct.score());
                    assertThat(stored.scores().keySet()).containsExactlyElementsOf(classifier.labels());
                }
            }
        }
    }

    @Test
    void aSecondRunPredictsNothingAgain() throws Exception {
        try (Project project = project(TestPosts.generatedRows(30))) {
            AnalyzeReport first = new AnalyzeJob(project, models.models(), null, 8)
                    .run(ProgressListener.none(), CancellationToken.none());
            assertThat(first.predictions()).isEqualTo(10 * 2 + 10);

            AnalyzeReport second = new AnalyzeJob(project, models.models(), null, 8)
                    .run(ProgressListener.none(), CancellationToken.none());

            assertThat(second.runs()).isEmpty();
            assertThat(second.postsLookedAt()).isZero();
        }
    }

    @Test
    void aCancelledJobKeepsWholePagesAndARerunFinishesTheRest() throws Exception {
        try (Project project = project(TestPosts.generatedRows(30))) {
            CancellationToken cancel = new CancellationToken();
            List<Progress> reports = new ArrayList<>();
            ProgressListener cancelAfterFirstPage = progress -> {
                reports.add(progress);
                cancel.cancel();
            };
            AnalyzeJob job = new AnalyzeJob(project, models.models(), null, 6);

            assertThatThrownBy(() -> job.run(cancelAfterFirstPage, cancel)).isInstanceOf(JobCancelledException.class);

            assertThat(reports.get(0).done()).isEqualTo(6);
            assertThat(reports.get(0).total()).isEqualTo(20);
            long storedAfterCancel = predictionCount(project);
            assertThat(storedAfterCancel).as("the first page of 6 posts (Hindi ones are never read): 3 English x 2 + 3 Arabic")
                    .isEqualTo(9);
            assertThat(project.runs().find(1).orElseThrow().status()).isEqualTo(RunStatus.CANCELLED);

            AnalyzeReport rest = new AnalyzeJob(project, models.models(), null, 6)
                    .run(ProgressListener.none(), CancellationToken.none());

            assertThat(rest.predictions()).isEqualTo(30 - 9);
            assertThat(predictionCount(project)).isEqualTo(30);
        }
    }

    @Test
    void encoderHeadsShareOneEncodingOfEachText() throws Exception {
        try (TextEncoder real = RealTextEncoder.open(); Project project = project(TestPosts.sampleRows())) {
            AtomicInteger encodedTexts = new AtomicInteger();
            AtomicInteger encodeCalls = new AtomicInteger();
            TextEncoder counting = new TextEncoder() {
                @Override public ModelInfo model() { return real.model(); }
                @Override public Set<String> languages() { return real.languages(); }
                @Override public float[][] encode(List<String> texts) {
                    encodeCalls.incrementAndGet();
                    encodedTexts.addAndGet(texts.size());
                    return real.encode(texts);
                }
                @Override public void close() { }
            };
            List<TaskModel> heads = List.of(
                    new TaskModel("sarcasm", Set.of("en"), new SignOfDimensionHead("sarcasm-head", real.model().id(), 0)),
                    new TaskModel("stance", Set.of("en"), new SignOfDimensionHead("stance-head", real.model().id(), 1)));

            AnalyzeReport report = new AnalyzeJob(project, heads, counting, 64).run(ProgressListener.none(), CancellationToken.none());

            assertThat(report.predictions()).isEqualTo(2 * 3);
            assertThat(encodeCalls.get()).isEqualTo(1);
            assertThat(encodedTexts.get()).as("each English text once for both heads").isEqualTo(3);
            String english = "Flood waters reach the old bridge in Maralta";
            long post = rows(project).stream().filter(row -> row.text().equals(english)).findFirst().orElseThrow().id();
            float[] vector = real.encode(List.of(english))[0];
            assertThat(project.predictions().latest(post).get("stance").label()).isEqualTo(vector[1] > 0 ? "up" : "down");
        }
    }

    @Test
    void aHeadWithoutItsEncoderIsRefused() {
        List<TaskModel> heads = List.of(new TaskModel("stance", Set.of("en"), new SignOfDimensionHead("h", "all-minilm-l6-v2", 0)));
        assertThatThrownBy(() -> new AnalyzeJob(null, heads, null, 8)).hasMessageContaining("reads vectors of encoder");
    }

    /** A head that reads the encoder's vector: "up" when one dimension is positive. */
    private record SignOfDimensionHead(String id, String encoder, int dimension) implements TextClassifier {
        @Override public ModelInfo model() { return new ModelInfo(id, "1", 2, "Java", "cpu"); }
        @Override public List<String> labels() { return List.of("down", "up"); }
        @Override public boolean multiLabel() { return false; }
        @Override public java.util.Optional<String> encoderId() { return java.util.Optional.of(encoder); }
        @Override public Prediction classify(String text) { throw new UnsupportedOperationException("reads vectors only"); }
        @Override public List<Prediction> classify(List<String> texts) { throw new UnsupportedOperationException("reads vectors only"); }
        @Override public List<Prediction> classify(List<String> texts, List<float[]> vectors) {
            return vectors.stream().map(v -> v[dimension] > 0 ? new Prediction("up", 1f, new float[] {0f, 1f})
                    : new Prediction("down", 1f, new float[] {1f, 0f})).toList();
        }
        @Override public void close() { }
    }

    private static TextClassifier classifier(String modelId) {
        return models.models().stream().filter(model -> model.modelId().equals(modelId)).findFirst().orElseThrow().classifier();
    }

    private static long predictionCount(Project project) {
        return rows(project).stream().mapToLong(row -> project.predictions().latest(row.id()).size()).sum();
    }

    private static List<PostRow> rows(Project project) {
        return project.posts().page(PostQuery.all(), 0, 1000);
    }

    private Project project(List<String> rows) throws Exception {
        Project project = Project.create(dir.resolve("p.postlens"));
        TestPosts.importCsv(project, TestPosts.writeCsv(dir, "posts.csv", rows));
        return project;
    }
}
