package org.postlens.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OcclusionExplanationTest {

    /** Scores "angry" by how many times the words "awful" (strongly) and "bad" (weakly) occur. */
    private static final class KeywordClassifier implements TextClassifier {
        @Override public ModelInfo model() { return new ModelInfo("keywords", "1", 2, "none", "cpu"); }
        @Override public List<String> labels() { return List.of("calm", "angry"); }
        @Override public boolean multiLabel() { return false; }
        @Override public void close() {}

        @Override
        public Prediction classify(String text) {
            float angry = 0.1f;
            for (String word : text.split(" ")) {
                angry += word.equals("awful") ? 0.5f : word.equals("bad") ? 0.2f : 0f;
            }
            angry = Math.min(angry, 0.95f);
            float[] scores = {1 - angry, angry};
            return angry > 0.5f ? new Prediction("angry", angry, scores) : new Prediction("calm", 1 - angry, scores);
        }

        @Override
        public List<Prediction> classify(List<String> texts) {
            return texts.stream().map(this::classify).toList();
        }
    }

    @Test
    void wordsThatPushedThePredictedLabelComeFirst() {
        List<Contribution> why = new KeywordClassifier().explain("the service was awful and bad", 2);

        assertEquals(2, why.size());
        assertEquals("awful", why.get(0).feature());
        assertEquals(0.5f, why.get(0).weight(), 1e-6);
        assertEquals("bad", why.get(1).feature());
        assertEquals(0.2f, why.get(1).weight(), 1e-6);
    }

    @Test
    void wordsThatPushedAwayWeighNegative() {
        List<Contribution> why = new KeywordClassifier().explain("a calm day but bad", 5);

        Contribution bad = why.get(0);
        assertEquals("bad", bad.feature());
        assertTrue(bad.weight() < 0, "'bad' lowers the score of the predicted label 'calm': " + bad);
    }

    @Test
    void blankTextHasNoExplanation() {
        assertTrue(new KeywordClassifier().explain("  ", 3).isEmpty());
    }
}
