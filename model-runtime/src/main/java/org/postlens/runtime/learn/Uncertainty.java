package org.postlens.runtime.learn;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How unsure a classifier is about one post, from its scores: 0 when sure, 1 when it cannot tell. The labelling
 * queue shows the most uncertain posts first, since a label there teaches the model most.
 *
 * <p>Single-label scores sum to 1; multi-label scores are independent and a label applies at 0.5 (trained
 * models fold each label's threshold into its bias), so there "uncertain" means a label close to 0.5.
 */
public enum Uncertainty {

    /**
     * Single-label: 1 - (top score - second score). Multi-label: 1 - 2 |score - 0.5| of the label closest to
     * its threshold.
     */
    MARGIN,

    /**
     * Single-label: the scores' entropy over the log of the label count (1 for equal scores). Multi-label: the
     * largest binary entropy, in bits, of any label.
     */
    ENTROPY;

    public double score(float[] scores, boolean multiLabel) {
        if (scores.length == 0) {
            throw new IllegalArgumentException("no scores");
        }
        if (scores.length == 1 && !multiLabel) {
            return 0; // one label: nothing to choose between
        }
        return switch (this) {
            case MARGIN -> multiLabel ? closestToThreshold(scores) : margin(scores);
            case ENTROPY -> multiLabel ? largestBinaryEntropy(scores) : normalisedEntropy(scores);
        };
    }

    /**
     * Indices of {@code scores} ordered most uncertain first; ties keep the given order, so that the same
     * predictions always give the same queue.
     */
    public int[] mostUncertainFirst(List<float[]> scores, boolean multiLabel) {
        double[] uncertainty = scores.stream().mapToDouble(s -> score(s, multiLabel)).toArray();
        return IntStream.range(0, uncertainty.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -uncertainty[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    private static double margin(float[] scores) {
        double first = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (float score : scores) {
            if (score > first) {
                second = first;
                first = score;
            } else if (score > second) {
                second = score;
            }
        }
        return clamp(1 - (first - second));
    }

    private static double closestToThreshold(float[] scores) {
        double closest = Double.POSITIVE_INFINITY;
        for (float score : scores) {
            closest = Math.min(closest, Math.abs(score - 0.5));
        }
        return clamp(1 - 2 * closest);
    }

    private static double normalisedEntropy(float[] scores) {
        double entropy = 0;
        for (float score : scores) {
            if (score > 0) {
                entropy -= score * Math.log(score);
            }
        }
        return clamp(entropy / Math.log(scores.length));
    }

    private static double largestBinaryEntropy(float[] scores) {
        double largest = 0;
        for (float score : scores) {
            double p = Math.min(1, Math.max(0, score));
            double entropy = 0;
            if (p > 0 && p < 1) {
                entropy = -(p * Math.log(p) + (1 - p) * Math.log(1 - p)) / Math.log(2);
            }
            largest = Math.max(largest, entropy);
        }
        return clamp(largest);
    }

    private static double clamp(double value) {
        return Math.min(1, Math.max(0, value));
    }
}
