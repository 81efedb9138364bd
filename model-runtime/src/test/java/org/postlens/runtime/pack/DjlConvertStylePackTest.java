package org.postlens.runtime.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.runtime.Prediction;

/**
 * A folder laid out as djl-convert leaves a Hugging Face text classifier (labels only in config.json's
 * id2label, option.modelName not matching model.onnx) loads and classifies with no code written for it.
 */
class DjlConvertStylePackTest {

    private static final List<String> TEXTS = List.of(
            "Breaking: the bridge has collapsed, dozens feared dead",
            "What a lovely day at the beach!",
            "ok",
            "",
            "This claim about vaccines was debunked in 2021 by three independent labs.",
            "What a lovely day at the park!");

    @TempDir
    static Path root;

    private static ModelPack pack;
    private static DjlTextClassifier classifier;

    @BeforeAll
    static void openPack() throws Exception {
        OfflineDjl.configure();
        Path folder = new TestPackBuilder(root, "sentiment-en").logits(2).labels("negative", "positive").write();
        pack = new ModelPackLoader().load(folder);
        classifier = DjlTextClassifier.open(pack);
    }

    @AfterAll
    static void close() {
        if (classifier != null) {
            classifier.close();
        }
    }

    @Test
    void packDescribesTheModel() {
        assertThat(pack.id()).isEqualTo("sentiment-en");
        assertThat(pack.engine()).isEqualTo("OnnxRuntime");
        assertThat(pack.modelFile().getFileName()).hasToString("model.onnx");
        assertThat(pack.labels()).containsExactly("negative", "positive");
        assertThat(pack.task()).isEqualTo("sentiment");
        assertThat(pack.languages()).containsExactly("en");
        assertThat(pack.multiLabel()).isFalse();
        assertThat(pack.card().trainingDataLicence()).isEqualTo("CC0-1.0");
        assertThat(pack.card().metrics()).containsEntry("validation.macro_f1", 0.5);
        assertThat(classifier.model().dimension()).isEqualTo(2);
        assertThat(classifier.model().engine()).isEqualTo("OnnxRuntime");
        assertThat(classifier.model().device()).isNotBlank();
    }

    @Test
    void scoresAreProbabilitiesInLabelOrder() {
        for (Prediction prediction : classifier.classify(TEXTS)) {
            float[] scores = prediction.scores();
            assertThat(scores).hasSize(2);
            assertThat(scores[0] + scores[1]).isCloseTo(1f, within(1e-5f));
            int best = scores[0] >= scores[1] ? 0 : 1;
            assertThat(prediction.label()).isEqualTo(pack.labels().get(best));
            assertThat(prediction.score()).isEqualTo(scores[best]);
        }
    }

    @Test
    void differentTextsGetDifferentScores() {
        List<Prediction> predictions = classifier.classify(TEXTS);
        assertThat(predictions.stream().map(p -> p.scores()[0]).distinct().count()).isGreaterThan(3);
    }

    @Test
    void sameTextSameScoresEveryTime() {
        assertThat(classifier.classify(TEXTS)).isEqualTo(classifier.classify(TEXTS));
    }

    @Test
    void batchGivesBitwiseWhatSingleCallsGive() {
        List<Prediction> one = new ArrayList<>();
        for (String text : TEXTS) {
            one.add(classifier.classify(text));
        }
        assertThat(classifier.classify(TEXTS)).isEqualTo(one);
        List<String> withOthers = new ArrayList<>(TEXTS);
        for (int i = 0; i < 40; i++) {
            withOthers.add("What a lovely day at the " + (i % 2 == 0 ? "shop!" : "zoo!"));
        }
        assertThat(classifier.classify(withOthers).subList(0, TEXTS.size())).isEqualTo(one);
        List<String> reversed = new ArrayList<>(TEXTS);
        java.util.Collections.reverse(reversed);
        List<Prediction> reversedPredictions = new ArrayList<>(classifier.classify(reversed));
        java.util.Collections.reverse(reversedPredictions);
        assertThat(reversedPredictions).isEqualTo(one);
    }

    @Test
    void longTextIsTruncatedNotRejected() {
        String longText = "word ".repeat(2000);
        assertThat(classifier.classify(longText).scores()).hasSize(2);
    }

    @Test
    void manyTextsOfOneLengthRunInSeveralBatches() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            texts.add("post number " + (i % 10));
        }
        List<Prediction> predictions = classifier.classify(texts);
        assertThat(predictions).hasSize(70);
        assertThat(predictions.get(3)).isEqualTo(predictions.get(63));
    }
}
