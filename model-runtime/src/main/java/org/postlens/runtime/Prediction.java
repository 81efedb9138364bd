package org.postlens.runtime;

import java.util.Arrays;

/**
 * A classifier's answer for one text.
 *
 * @param label the highest-scoring label
 * @param score its score (a probability)
 * @param scores every label's score, in {@link TextClassifier#labels()} order; they sum to 1 for
 *     single-label models and are independent probabilities for multi-label ones
 */
public record Prediction(String label, float score, float[] scores) {

    public Prediction {
        scores = scores.clone();
    }

    @Override
    public float[] scores() {
        return scores.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Prediction p
                && label.equals(p.label)
                && Float.compare(score, p.score) == 0
                && Arrays.equals(scores, p.scores);
    }

    @Override
    public int hashCode() {
        return 31 * label.hashCode() + Arrays.hashCode(scores);
    }

    @Override
    public String toString() {
        return "Prediction[" + label + " " + score + " " + Arrays.toString(scores) + "]";
    }
}
