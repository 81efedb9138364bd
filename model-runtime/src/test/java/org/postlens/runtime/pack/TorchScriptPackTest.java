package org.postlens.runtime.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.runtime.Prediction;

/**
 * A TorchScript classifier ({@code .pt}, written by PyTorch itself: tools/make-torchscript-fixture.py) in a
 * djl-convert style pack loads on the PyTorch engine and gives the logits its closed-form weights imply.
 */
class TorchScriptPackTest {

    private static final int BUCKETS = 1009;
    private static final int DIM = 8;
    private static final List<String> LABELS = List.of("negative", "neutral", "positive");
    private static final List<String> TEXTS = List.of(
            "Breaking: the bridge has collapsed, dozens feared dead",
            "What a lovely day at the beach!",
            "ok",
            "This claim about vaccines was debunked in 2021 by three independent labs.",
            "الطقس جميل اليوم");

    @TempDir
    static Path root;

    private static ModelPack pack;
    private static DjlTextClassifier classifier;

    @BeforeAll
    static void openPack() throws Exception {
        OfflineDjl.configure();
        byte[] model;
        try (InputStream in = TorchScriptPackTest.class.getResourceAsStream("/torchscript/tiny-classifier.pt")) {
            model = in.readAllBytes();
        }
        Path folder = new TestPackBuilder(root, "tiny-sentiment-en").torchScript(model).logits(3)
                .labels(LABELS.toArray(String[]::new)).write();
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
    void loadsOnThePyTorchEngine() {
        assertThat(pack.engine()).isEqualTo("PyTorch");
        assertThat(pack.modelFile().getFileName()).hasToString("tiny-classifier.pt");
        assertThat(classifier.model().engine()).isEqualTo("PyTorch");
        assertThat(pack.labels()).containsExactlyElementsOf(LABELS);
    }

    @Test
    void givesTheProbabilitiesItsWeightsImply() throws Exception {
        List<Prediction> predictions = classifier.classify(TEXTS);
        try (HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(pack.tokenizerFile())) {
            for (int t = 0; t < TEXTS.size(); t++) {
                float[] expected = softmax(logits(tokenizer.encode(TEXTS.get(t))));
                float[] scores = predictions.get(t).scores();
                for (int k = 0; k < LABELS.size(); k++) {
                    assertThat(scores[k]).as("text %d label %s", t, LABELS.get(k)).isCloseTo(expected[k], within(1e-5f));
                }
            }
        }
    }

    @Test
    void aTextGetsTheSameScoresAloneAsInABatchWithLongerOnes() {
        List<Prediction> alone = new ArrayList<>();
        for (String text : TEXTS) {
            alone.add(classifier.classify(text));
        }
        assertThat(classifier.classify(TEXTS)).isEqualTo(alone);
    }

    /** The fixture's forward pass: mean of bucketed token vectors over the mask, then a linear layer. */
    private static float[] logits(Encoding encoding) {
        long[] ids = encoding.getIds();
        long[] mask = encoding.getAttentionMask();
        double[] pooled = new double[DIM];
        int count = 0;
        for (int i = 0; i < ids.length; i++) {
            if (mask[i] == 0) {
                continue;
            }
            count++;
            int bucket = (int) Math.floorMod(ids[i], (long) BUCKETS);
            for (int j = 0; j < DIM; j++) {
                pooled[j] += (float) Math.sin(0.37 * bucket + 1.3 * j);
            }
        }
        float[] logits = new float[LABELS.size()];
        for (int k = 0; k < logits.length; k++) {
            double sum = 0.1 * k;
            for (int j = 0; j < DIM; j++) {
                sum += pooled[j] / Math.max(count, 1) * (float) Math.cos(0.5 * j + 0.9 * k);
            }
            logits[k] = (float) sum;
        }
        return logits;
    }

    private static float[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float value : logits) {
            max = Math.max(max, value);
        }
        double total = 0;
        double[] exp = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            exp[i] = Math.exp(logits[i] - max);
            total += exp[i];
        }
        float[] probabilities = new float[logits.length];
        for (int i = 0; i < logits.length; i++) {
            probabilities[i] = (float) (exp[i] / total);
        }
        return probabilities;
    }
}
