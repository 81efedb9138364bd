package org.postlens.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThresholdsTest {

    @Test
    void aLabelWithTooFewValidationPositivesKeepsHalf() {
        // Two positives scored below every negative: the best F1 keeps every post, a threshold near 0.
        double[] scores = new double[100];
        boolean[] gold = new boolean[100];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = 0.9 - i * 0.008;
        }
        gold[98] = true;
        gold[99] = true;

        assertThat(Thresholds.bestF1(scores, gold)).isEqualTo(0.5f);
    }

    @Test
    void aTunedThresholdStaysWithinItsBounds() {
        double[] scores = new double[100];
        boolean[] gold = new boolean[100];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = 0.15 - i * 0.001;
            gold[i] = i < 20; // the 20 positives score highest, but all below 0.2
        }
        assertThat(Thresholds.bestF1(scores, gold)).isEqualTo(0.2f);

        for (int i = 0; i < scores.length; i++) {
            scores[i] = 0.99 - i * 0.001;
            gold[i] = i < 20; // all above 0.8: the best split at about 0.97 is cut to 0.8
        }
        assertThat(Thresholds.bestF1(scores, gold)).isEqualTo(0.8f);
    }

    @Test
    void withEnoughPositivesTheBestF1SplitIsKept() {
        double[] scores = new double[100];
        boolean[] gold = new boolean[100];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = 0.7 - i * 0.005;
            gold[i] = i < 30;
        }
        // Positives are 0.7 .. 0.555, the first negative 0.55: half-way between.
        assertThat(Thresholds.bestF1(scores, gold)).isCloseTo(0.5525f, org.assertj.core.data.Offset.offset(1e-6f));
    }
}
