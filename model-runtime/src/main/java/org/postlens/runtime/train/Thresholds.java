package org.postlens.runtime.train;

import java.util.Arrays;
import java.util.Comparator;

/** Chooses a multi-label model's per-label decision threshold on the validation split. */
final class Thresholds {

    private static final double EDGE = 1e-6;

    private Thresholds() {}

    /**
     * The threshold that maximises the label's F1 on these scores: half-way between the lowest score kept
     * positive and the next one down, so that the choice does not sit on an example. 0.5 when no example is
     * positive.
     */
    static float bestF1(double[] scores, boolean[] gold) {
        int n = scores.length;
        int positives = 0;
        for (boolean g : gold) {
            positives += g ? 1 : 0;
        }
        if (positives == 0 || n == 0) {
            return 0.5f;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        int truePositives = 0;
        double bestF1 = -1;
        int bestKept = 0;
        for (int kept = 1; kept <= n; kept++) {
            truePositives += gold[order[kept - 1]] ? 1 : 0;
            if (kept < n && scores[order[kept]] == scores[order[kept - 1]]) {
                continue; // equal scores cannot be told apart by a threshold
            }
            double f1 = 2.0 * truePositives / (kept + positives);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestKept = kept;
            }
        }
        double lowestKept = scores[order[bestKept - 1]];
        double threshold = bestKept < n ? (lowestKept + scores[order[bestKept]]) / 2 : lowestKept;
        return (float) Math.min(1 - EDGE, Math.max(EDGE, threshold));
    }
}
