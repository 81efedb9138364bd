package org.postlens.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.runtime.Contribution;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.RuntimeEnvironment;
import org.postlens.runtime.TextClassifier;
import org.postlens.runtime.eval.ClassificationMetrics;
import org.postlens.runtime.pack.Classifiers;
import org.postlens.runtime.pack.ModelPack;
import org.postlens.runtime.pack.ModelPackLoader;
import org.postlens.runtime.pack.TextModelClassifier;

/** Real training on DJL's PyTorch engine (CPU, offline) on small data sets the tests write. */
class TextModelTrainerTest {

    @TempDir
    static Path cacheDir;

    @TempDir
    Path root;

    @BeforeAll
    static void offline() {
        RuntimeEnvironment.configure(cacheDir);
    }

    private static TextModelTrainer.Builder ngram(long seed) {
        return TextModelTrainer.builder().setFamily(ModelFamily.NGRAM).optSeed(seed).optBuckets(1 << 12).optMaxEpochs(6);
    }

    private static PackDescription description(String id) {
        return PackDescription.of(id, "0.1.0", "sentiment", List.of("en", "ar"), "toy sentiment written by the test", "CC0-1.0")
                .withExtra(java.util.Map.of("notes", "test pack"));
    }

    @Test
    void ngramModelLearnsASingleLabelTaskAndItsPackClassifiesTheSame() throws Exception {
        TrainingData data = ToyData.sentiment(600, 150, 1);
        List<String> progress = new ArrayList<>();

        TrainedTextModel model = ngram(7).build().train(data, (stage, done, total) -> progress.add(stage + " " + done + "/" + total), () -> false);

        assertThat(model.report().metric()).isEqualTo("macro_f1");
        assertThat(model.report().value()).isGreaterThan(0.95);
        assertThat(model.evaluate(data.validation()).macroF1()).isEqualTo(model.report().value());
        assertThat(progress).contains("train features 600/600", "validation features 150/150");
        assertThat(progress.get(progress.size() - 1)).matches("epochs (\\d+)/\\1");

        Path folder = model.writePack(root.resolve("toy-sentiment"), description("toy-sentiment"));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("model-0000.params", "labels.txt", "serving.properties", "model-card.json");
        }
        long bytes = Files.size(folder.resolve("model-0000.params"));
        assertThat(bytes).as("buckets x labels float16 and a little header").isBetween(4096L * 3 * 2, 4096L * 3 * 2 + 4096);
        String card = Files.readString(folder.resolve("model-card.json"));
        assertThat(card).contains("\"task\": \"sentiment\"", "\"licence\": \"CC0-1.0\"", "\"macro_f1\"", "\"family\": \"NGRAM\"",
                "\"seed\": 7", "\"notes\": \"test pack\"");

        ModelPack pack = new ModelPackLoader().load(folder);
        assertThat(pack.tokenizerFile()).as("n-gram packs need no tokenizer").isNull();
        assertThat(pack.card().metrics()).containsKey("validation.macro_f1");
        List<String> texts = data.validation().stream().map(LabelledText::text).toList();
        try (TextClassifier classifier = Classifiers.open(pack, null)) {
            assertThat(classifier).isInstanceOf(TextModelClassifier.class);
            assertThat(classifier.encoderId()).isEmpty();
            List<Prediction> fromPack = classifier.classify(texts);
            assertThat(fromPack).isEqualTo(model.classify(texts));
            for (int i = 0; i < 20; i++) {
                assertThat(classifier.classify(texts.get(i))).as("alone as in a batch").isEqualTo(fromPack.get(i));
            }
            assertThat(classifier.classify("what a wonderful day").label()).isEqualTo("positive");
            assertThat(classifier.classify("this is the worst").label()).isEqualTo("negative");
        }
    }

    @Test
    void explanationsAreTheExactNgramContributions() {
        TrainedTextModel model = ngram(3).build().train(ToyData.sentiment(600, 150, 2), TrainingProgress.none(), () -> false);
        TextModelClassifier classifier = model.classifier();

        List<Contribution> contributions = classifier.explain("the bridge was terrible tonight", 200);

        assertThat(classifier.classify("the bridge was terrible tonight").label()).isEqualTo("negative");
        assertThat(contributions.get(0).feature()).as("the strongest n-gram is part of the cue word").containsAnyOf("terrible", "terr", "rrib", "ible");
        assertThat(contributions.get(0).weight()).isPositive();
        // exact: contributions (against the mean over labels) add up to the logit margin less the bias part
        float[] logits = classifier.logits("the bridge was terrible tonight", null);
        float[] bias = classifier.logits("", null);
        float mean = (logits[0] + logits[1] + logits[2]) / 3 - (bias[0] + bias[1] + bias[2]) / 3;
        double sum = contributions.stream().mapToDouble(Contribution::weight).sum();
        assertThat(sum).isCloseTo(logits[0] - bias[0] - mean, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(classifier.explain("the bridge was terrible tonight", 3)).hasSize(3).isEqualTo(contributions.subList(0, 3));
    }

    @Test
    void sameSeedGivesABitwiseIdenticalPackAndAnotherSeedAnotherModel() throws IOException {
        TrainingData data = ToyData.sentiment(300, 100, 3);
        Path first = ngram(11).build().train(data, TrainingProgress.none(), () -> false).writePack(root.resolve("a"), description("same"));
        Path second = ngram(11).build().train(data, TrainingProgress.none(), () -> false).writePack(root.resolve("b"), description("same"));
        Path other = ngram(12).build().train(data, TrainingProgress.none(), () -> false).writePack(root.resolve("c"), description("same"));

        for (String file : List.of("model-0000.params", "labels.txt", "serving.properties", "model-card.json")) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
        assertThat(Files.readAllBytes(other.resolve("model-0000.params"))).isNotEqualTo(Files.readAllBytes(first.resolve("model-0000.params")));
    }

    @Test
    void multiLabelThresholdsAreFoldedIntoTheBias() throws Exception {
        TrainingData data = ToyData.topics(600, 200, 4);
        TrainedTextModel model = TextModelTrainer.builder().setFamily(ModelFamily.NGRAM).optSeed(5).optBuckets(1 << 12)
                .optClassWeighting(ClassWeighting.BALANCED).optMaxEpochs(6).build()
                .train(data, TrainingProgress.none(), () -> false);

        assertThat(model.report().metric()).isEqualTo("micro_f1");
        assertThat(model.report().thresholds()).hasSize(3);
        ClassificationMetrics figures = model.evaluate(data.validation());
        assertThat(figures.microF1()).as("score >= 0.5 reproduces the tuned thresholds").isEqualTo(model.report().value());
        assertThat(figures.microF1()).isGreaterThan(0.95);

        Path folder = model.writePack(root.resolve("topics"), PackDescription.of("topics", "1", "topic", List.of("en"), "toy", "CC0-1.0"));
        ModelPack pack = new ModelPackLoader().load(folder);
        assertThat(pack.multiLabel()).isTrue();
        try (TextClassifier classifier = Classifiers.open(pack, null)) {
            float[] scores = classifier.classify("storm and a traffic jam near the bridge").scores();
            assertThat(scores[0]).isGreaterThanOrEqualTo(0.5f);
            assertThat(scores[1]).isGreaterThanOrEqualTo(0.5f);
            assertThat(scores[2]).isLessThan(0.5f);
        }
    }

    @Test
    void aRareLabelKeepsHalfAndDoesNotFireOnEveryPost() throws Exception {
        TrainingData data = ToyData.topicsWithARareLabel(600, 200, 7);
        TrainedTextModel model = TextModelTrainer.builder().setFamily(ModelFamily.NGRAM).optSeed(5).optBuckets(1 << 12)
                .optClassWeighting(ClassWeighting.BALANCED).optMaxEpochs(6).build()
                .train(data, TrainingProgress.none(), () -> false);

        float[] thresholds = model.report().thresholds();
        assertThat(thresholds[3]).as("two validation positives: no tuning").isEqualTo(0.5f);
        for (float threshold : thresholds) {
            assertThat(threshold).isBetween(0.2f, 0.8f);
        }
        Path folder = model.writePack(root.resolve("rare"), PackDescription.of("rare", "1", "topic", List.of("en"), "toy", "CC0-1.0"));
        assertThat(Files.readString(folder.resolve("model-card.json"))).contains("\"thresholdRule\"");
        ModelPack pack = new ModelPackLoader().load(folder);
        int fired = 0;
        try (TextClassifier classifier = Classifiers.open(pack, null)) {
            for (LabelledText example : data.validation()) {
                fired += classifier.classify(example.text()).scores()[3] >= 0.5f ? 1 : 0;
            }
        }
        assertThat(fired).as("posts given the rare label out of 200").isLessThan(20);
    }

    @Test
    void cancellingStopsTrainingAndBadDataIsRefused() {
        TrainingData data = ToyData.sentiment(300, 100, 6);
        AtomicInteger polls = new AtomicInteger();
        assertThatThrownBy(() -> ngram(1).build().train(data, TrainingProgress.none(), () -> polls.incrementAndGet() > 5))
                .isInstanceOf(CancellationException.class);

        TrainingData unknownLabel = new TrainingData(List.of("a", "b"), false,
                List.of(LabelledText.of("x", "a"), LabelledText.of("y", "c")), List.of(LabelledText.of("z", "b")));
        assertThatThrownBy(() -> ngram(1).build().train(unknownLabel, TrainingProgress.none(), () -> false))
                .hasMessage("train example 2 has label 'c', which is not one of [a, b]");
        assertThatThrownBy(() -> ngram(1).optMetric("f1:irony").build().train(data, TrainingProgress.none(), () -> false))
                .hasMessageContaining("names label 'irony'");
        assertThatThrownBy(() -> TextModelTrainer.builder().setFamily(ModelFamily.COMBINED).build())
                .hasMessageStartingWith("COMBINED reads encoder vectors: give the encoder with optEncoder");
    }

    @Test
    void defaultBucketsKeepATableWithinAboutTwoMegabytes() {
        assertThat(TextModelTrainer.defaultBuckets(2)).isEqualTo(1 << 19);
        assertThat(TextModelTrainer.defaultBuckets(3)).isEqualTo(1 << 18);
        assertThat(TextModelTrainer.defaultBuckets(4)).isEqualTo(1 << 18);
        assertThat(TextModelTrainer.defaultBuckets(6)).isEqualTo(1 << 17);
        assertThat(TextModelTrainer.defaultBuckets(20)).isEqualTo(1 << 15);
        assertThat(TextModelTrainer.defaultBuckets(100)).isEqualTo(1 << 14);
    }
}
