package org.postlens.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.MiniLmTextEncoder;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.TextClassifier;
import org.postlens.runtime.pack.Classifiers;
import org.postlens.runtime.pack.ModelPack;
import org.postlens.runtime.pack.ModelPackLoader;

/** Encoder heads and combined models, trained on the real all-MiniLM-L6-v2 vectors (offline). */
class EncoderFamiliesTest {

    @TempDir
    static Path cacheDir;

    @TempDir
    Path root;

    static MiniLmTextEncoder encoder;

    @BeforeAll
    static void open() {
        encoder = MiniLmTextEncoder.open(cacheDir, DevicePreference.CPU);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void encoderHeadWithAHiddenLayerLearnsAndItsPackReadsCallerVectors() throws Exception {
        TrainingData data = ToyData.sentiment(240, 90, 21);
        TrainedTextModel model = TextModelTrainer.builder().setFamily(ModelFamily.ENCODER_HEAD).optEncoder(encoder)
                .optHiddenSize(32).optLearningRate(0.01f).optSeed(3).optMaxEpochs(30).optPatience(5).build()
                .train(data, TrainingProgress.none(), () -> false);

        assertThat(model.report().value()).isGreaterThan(0.8);
        assertThat(model.spec().readsNgrams()).isFalse();
        Path folder = model.writePack(root.resolve("head"), PackDescription.of("head", "1", "sentiment", List.of("en"), "toy", "CC0-1.0"));
        assertThat(Files.readString(folder.resolve("serving.properties")))
                .contains("postlens.vectorSize=384", "postlens.hiddenSize=32", "postlens.encoder=all-MiniLM-L6-v2")
                .doesNotContain("postlens.ngram");
        assertThat(Files.size(folder.resolve("model-0000.params"))).isLessThan(100_000);

        ModelPack pack = new ModelPackLoader().load(folder);
        List<String> texts = data.validation().stream().limit(40).map(LabelledText::text).toList();
        List<float[]> vectors = List.of(encoder.encode(texts));
        try (TextClassifier withoutEncoder = Classifiers.open(pack, null)) {
            assertThat(withoutEncoder.encoderId()).contains(MiniLmTextEncoder.MODEL_ID);
            List<Prediction> predictions = withoutEncoder.classify(texts, vectors);
            assertThat(predictions).isEqualTo(model.classify(texts));
            assertThatThrownBy(() -> withoutEncoder.classify(texts))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("reads vectors of all-MiniLM-L6-v2: pass them with classify(texts, vectors)");
        }
        try (TextClassifier withEncoder = Classifiers.open(pack, null, encoder)) {
            assertThat(withEncoder.classify(texts)).isEqualTo(model.classify(texts));
        }
    }

    @Test
    void combinedModelReadsNgramsAndVectorsAndExplainsItsNgramPart() throws Exception {
        TrainingData data = ToyData.sentiment(240, 90, 22);
        TrainedTextModel model = TextModelTrainer.builder().setFamily(ModelFamily.COMBINED).optEncoder(encoder)
                .optBuckets(1 << 12).optSeed(4).optMaxEpochs(8).build()
                .train(data, TrainingProgress.none(), () -> false);

        assertThat(model.report().value()).isGreaterThan(0.9);
        Path folder = model.writePack(root.resolve("combined"), PackDescription.of("combined", "1", "sentiment", List.of("en"), "toy", "CC0-1.0"));
        ModelPack pack = new ModelPackLoader().load(folder);
        try (TextClassifier classifier = Classifiers.open(pack, null, encoder)) {
            assertThat(classifier.encoderId()).contains(MiniLmTextEncoder.MODEL_ID);
            List<String> texts = List.of("what a wonderful evening", "the worst road in the city");
            assertThat(classifier.classify(texts)).isEqualTo(classifier.classify(texts, List.of(encoder.encode(texts))));
            assertThat(classifier.classify(texts.get(0)).label()).isEqualTo("positive");
            assertThat(classifier.explain(texts.get(0), 5)).hasSize(5)
                    .anySatisfy(c -> assertThat(c.feature()).containsAnyOf("wonderful", "wond", "rful", "<won"));
        }
    }
}
