package org.postlens.runtime.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Uncertainty scores worked out by hand. */
class UncertaintyTest {

    @Test
    void marginIsOneLessTheGapBetweenTheTopTwoScores() {
        assertThat(Uncertainty.MARGIN.score(new float[] {0.5f, 0.3f, 0.2f}, false)).isCloseTo(0.8, within(1e-6));
        assertThat(Uncertainty.MARGIN.score(new float[] {0.2f, 0.7f, 0.1f}, false)).isCloseTo(0.5, within(1e-6));
        assertThat(Uncertainty.MARGIN.score(new float[] {1f, 0f}, false)).isEqualTo(0.0);
        assertThat(Uncertainty.MARGIN.score(new float[] {0.5f, 0.5f}, false)).isEqualTo(1.0);
    }

    @Test
    void multiLabelMarginIsTheLabelClosestToItsThreshold() {
        // |0.9-0.5| = 0.4, |0.62-0.5| = 0.12, |0.05-0.5| = 0.45: the closest is 0.12 → 1 - 0.24
        assertThat(Uncertainty.MARGIN.score(new float[] {0.9f, 0.62f, 0.05f}, true)).isCloseTo(0.76, within(1e-6));
        assertThat(Uncertainty.MARGIN.score(new float[] {0.5f, 0.99f}, true)).isEqualTo(1.0);
        assertThat(Uncertainty.MARGIN.score(new float[] {0f, 1f}, true)).isEqualTo(0.0);
    }

    @Test
    void entropyIsNormalisedByTheLabelCount() {
        // -(0.5 ln 0.5 + 0.3 ln 0.3 + 0.2 ln 0.2) / ln 3 = (0.346574 + 0.361192 + 0.321888) / 1.098612
        assertThat(Uncertainty.ENTROPY.score(new float[] {0.5f, 0.3f, 0.2f}, false)).isCloseTo(0.937231, within(1e-5));
        assertThat(Uncertainty.ENTROPY.score(new float[] {0.25f, 0.25f, 0.25f, 0.25f}, false)).isCloseTo(1.0, within(1e-6));
        assertThat(Uncertainty.ENTROPY.score(new float[] {1f, 0f, 0f}, false)).isEqualTo(0.0);
        // binary entropy of 0.8 in bits: -(0.8 log2 0.8 + 0.2 log2 0.2) = 0.721928; of 0.95: 0.286397
        assertThat(Uncertainty.ENTROPY.score(new float[] {0.95f, 0.8f}, true)).isCloseTo(0.721928, within(1e-5));
    }

    @Test
    void theQueueShowsTheMostUncertainFirstAndKeepsTheOrderOfTies() {
        List<float[]> scores = List.of(
                new float[] {0.9f, 0.05f, 0.05f},  // margin 0.15
                new float[] {0.4f, 0.35f, 0.25f},  // margin 0.95
                new float[] {0.6f, 0.3f, 0.1f},    // margin 0.7
                new float[] {0.4f, 0.25f, 0.35f},  // margin 0.95, a tie with index 1
                new float[] {1f, 0f, 0f});         // margin 0

        assertThat(Uncertainty.MARGIN.mostUncertainFirst(scores, false)).containsExactly(1, 3, 2, 0, 4);
        // entropies 0.359, 0.984, 0.817, 0: the same order without the tie
        List<float[]> untied = List.of(scores.get(0), scores.get(1), scores.get(2), scores.get(4));
        assertThat(Uncertainty.ENTROPY.mostUncertainFirst(untied, false)).containsExactly(1, 2, 0, 3);
    }

    @Test
    void oneLabelLeavesNothingToDoubt() {
        assertThat(Uncertainty.MARGIN.score(new float[] {1f}, false)).isEqualTo(0.0);
        assertThat(Uncertainty.ENTROPY.score(new float[] {1f}, false)).isEqualTo(0.0);
    }
}
