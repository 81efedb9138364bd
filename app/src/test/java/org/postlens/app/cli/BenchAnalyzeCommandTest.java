package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.analysis.TaskModel;
import org.postlens.app.cli.bench.AnalyzeBenchmark;
import org.postlens.app.embed.RealTextEncoder;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.testing.RunnableModelPacks;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.TextClassifier;
import org.postlens.runtime.TextEncoder;
import org.postlens.app.testing.UseTestHome;

/** bench analyze: its figures are there and count the right posts (speed is reported, never asserted). */
@ExtendWith(UseTestHome.class)
class BenchAnalyzeCommandTest {

    @TempDir
    static Path packs;

    @BeforeAll
    static void packsAndTestHome() {
        RunnableModelPacks.pack(packs, "sentiment-en", "sentiment", List.of("en"), List.of("negative", "neutral", "positive"), 1);
        RunnableModelPacks.pack(packs, "offensive-ar", "offensive", List.of("ar"), List.of("not", "offensive"), 3);
    }

    @Test
    void lastLineIsOneJsonObjectWithEachPacksRate() throws Exception {
        CliRun run = CliRun.of("bench", "analyze", "--posts", 300, "--encoder-posts", 40, "--device", "cpu", "--models", packs);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.outLines();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(json.path("posts").asInt()).isEqualTo(300);
        assertThat(json.path("ngram_packs_posts_per_s").has("sentiment-en")).isTrue();
        assertThat(json.path("ngram_packs_posts_per_s").has("offensive-ar")).isTrue();
        double slowest = Double.MAX_VALUE;
        for (JsonNode rate : json.path("ngram_packs_posts_per_s")) {
            slowest = Math.min(slowest, rate.asDouble());
        }
        assertThat(json.path("ngram_posts_per_s").asDouble()).isPositive().isEqualTo(slowest);
        assertThat(json.path("english_posts").asInt()).as("--encoder-posts caps the encoder's share").isEqualTo(40);
        assertThat(json.path("encoder_posts_per_s").asDouble()).isPositive();
        // the shipped encoder-head packs (sentiment-en among them is replaced by the stand-in n-gram-like pack)
        assertThat(json.path("heads").asInt()).isPositive();
        assertThat(json.path("encoder_with_heads_posts_per_s").asDouble()).isPositive();
        assertThat(json.path("head_overhead_pct").isNumber()).isTrue();
        assertThat(json.path("device").asText()).isEqualTo("cpu");
    }

    @Test
    void headsRunOnTheVectorsOfEachPageOnce() {
        try (TextEncoder encoder = RealTextEncoder.open()) {
            int[] headTexts = {0};
            TextClassifier head = new TextClassifier() {
                @Override public ModelInfo model() { return new ModelInfo("head", "1", 2, "Java", "cpu"); }
                @Override public List<String> labels() { return List.of("a", "b"); }
                @Override public boolean multiLabel() { return false; }
                @Override public Optional<String> encoderId() { return Optional.of(encoder.model().id()); }
                @Override public Prediction classify(String text) { throw new UnsupportedOperationException(); }
                @Override public List<Prediction> classify(List<String> texts) { throw new UnsupportedOperationException(); }
                @Override public List<Prediction> classify(List<String> texts, List<float[]> vectors) {
                    assertThat(vectors).hasSameSizeAs(texts);
                    headTexts[0] += texts.size();
                    return vectors.stream().map(v -> new Prediction("a", 1f, new float[] {1f, 0f})).toList();
                }
                @Override public void close() { }
            };

            AnalyzeBenchmark.Result result = new AnalyzeBenchmark(List.of(new TaskModel("stance", Set.of("en"), head)),
                    encoder, 1000, line -> { }).run(100, CancellationToken.none());

            assertThat(result.heads()).isEqualTo(1);
            assertThat(headTexts[0]).as("each English post once, in the with-heads turns").isEqualTo(result.englishPosts());
            assertThat(result.encoderPostsPerSecond()).isPositive();
            assertThat(result.encoderWithHeadsPostsPerSecond()).isPositive();
            assertThat(result.headOverheadPercent()).isFinite();
        }
    }
}
