package org.postlens.runtime.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.runtime.Prediction;

class ModelPackLoaderTest {

    @TempDir
    Path root;

    private final ModelPackLoader loader = new ModelPackLoader();

    @BeforeAll
    static void offline() {
        OfflineDjl.configure();
    }

    @Test
    void missingModelFileIsRejected() {
        Path folder = new TestPackBuilder(root, "no-model").withoutModelFile().write();

        assertThatThrownBy(() -> loader.load(folder))
                .isInstanceOf(InvalidModelPackException.class)
                .hasMessageStartingWith("pack 'no-model': model file is missing")
                .hasMessageContaining("model.onnx");
    }

    @Test
    void wrongChecksumIsRejectedWithBothValues() throws Exception {
        String wrong = "9b1c" + "0".repeat(60);
        Path folder = new TestPackBuilder(root, "tampered").cardSha256(wrong).write();
        String actual = ModelPackLoader.sha256(folder.resolve("model.onnx"), "tampered");

        assertThatThrownBy(() -> loader.load(folder))
                .isInstanceOf(InvalidModelPackException.class)
                .hasMessage("pack 'tampered': model.onnx sha256 is " + actual + " but model-card.json says " + wrong);
    }

    @Test
    void moreLabelsThanLogitsIsRejected() {
        Path folder = new TestPackBuilder(root, "three-labels").logits(2).labels("negative", "neutral", "positive").write();

        assertThatThrownBy(() -> loader.load(folder))
                .isInstanceOf(InvalidModelPackException.class)
                .hasMessageStartingWith("pack 'three-labels': model.onnx gives 2 scores per text but the label list has 3 labels");
    }

    @Test
    void missingCardIsRejectedAndSaysTheChecksumToWrite() throws Exception {
        Path folder = new TestPackBuilder(root, "no-card").withoutCard().write();
        String actual = ModelPackLoader.sha256(folder.resolve("model.onnx"), "no-card");

        assertThatThrownBy(() -> loader.load(folder))
                .isInstanceOf(InvalidModelPackException.class)
                .hasMessageStartingWith("pack 'no-card': model-card.json is missing")
                .hasMessageContaining(actual);
    }

    @Test
    void fileThatIsNotTorchScriptIsRejectedByThePyTorchEngine() {
        Path folder = new TestPackBuilder(root, "torchscript").torchScript().write();

        assertThatThrownBy(() -> loader.load(folder))
                .isInstanceOf(InvalidModelPackException.class)
                .hasMessageStartingWith("pack 'torchscript': tiny-classifier.pt cannot be loaded by PyTorch");
    }

    @Test
    void missingServingPropertiesIsRejected() throws Exception {
        Path folder = new TestPackBuilder(root, "no-properties").write();
        Files.delete(folder.resolve("serving.properties"));

        assertThatThrownBy(() -> loader.load(folder))
                .hasMessage("pack 'no-properties': serving.properties is missing");
    }

    @Test
    void missingTokenizerIsRejected() throws Exception {
        Path folder = new TestPackBuilder(root, "no-tokenizer").write();
        Files.delete(folder.resolve("tokenizer.json"));

        assertThatThrownBy(() -> loader.load(folder))
                .hasMessageStartingWith("pack 'no-tokenizer': tokenizer.json is missing");
    }

    @Test
    void taskInServingPropertiesMustAgreeWithTheCard() throws Exception {
        Path folder = new TestPackBuilder(root, "disagreeing").write();
        Path properties = folder.resolve("serving.properties");
        Files.writeString(properties, Files.readString(properties).replace("postlens.task=sentiment", "postlens.task=hate"));

        assertThatThrownBy(() -> loader.load(folder))
                .hasMessage("pack 'disagreeing': serving.properties says postlens.task=hate but model-card.json says task sentiment");
    }

    @Test
    void labelsTxtIsReadInOutputOrder() throws Exception {
        Path folder = new TestPackBuilder(root, "stance").logits(3).labels("against", "favor", "none").labelsAsTextFile().write();

        ModelPack pack = loader.load(folder);

        assertThat(pack.labels()).containsExactly("against", "favor", "none");
        try (DjlTextClassifier classifier = DjlTextClassifier.open(pack)) {
            float[] scores = classifier.classify("We must act now").scores();
            assertThat(scores[0] + scores[1] + scores[2]).isCloseTo(1f, within(1e-5f));
        }
    }

    @Test
    void multiLabelPackScoresEachLabelOnItsOwn() throws Exception {
        Path folder = new TestPackBuilder(root, "propaganda").logits(4).labels("loaded", "doubt", "slogan", "fear").multiLabel().write();

        ModelPack pack = loader.load(folder);

        assertThat(pack.multiLabel()).isTrue();
        try (DjlTextClassifier classifier = DjlTextClassifier.open(pack)) {
            Prediction prediction = classifier.classify("They will destroy everything you love");
            float sum = 0;
            for (float score : prediction.scores()) {
                assertThat(score).isBetween(0f, 1f);
                sum += score;
            }
            assertThat(classifier.multiLabel()).isTrue();
            assertThat(sum).isNotCloseTo(1f, within(1e-3f)); // sigmoid per label, not a softmax
        }
    }
}
