package org.postlens.runtime.train;

import java.util.Arrays;
import java.util.Comparator;

/** Chooses a multi-label model's per-label decision threshold on the validation split. */
final class Thresholds {

    /** Fewer validation positives than this give no threshold worth trusting: the label keeps 0.5. */
    static final int MIN_POSITIVES = 10;
    /** A tuned threshold stays in this range, so that no label fires on (or never on) almost every post. */
    static final double LOWEST = 0.2;
    static final double HIGHEST = 0.8;
    /** How the thresholds were chosen, as the model card says it. */
    static final String RULE = "each label's best-F1 threshold on validation, bounded to [" + LOWEST + ", " + HIGHEST
            + "]; 0.5 where the label has fewer than " + MIN_POSITIVES + " validation positives";

    private Thresholds() {}

    /**
     * The threshold that maximises the label's F1 on these scores: half-way between the lowest score kept
     * positive and the next one down, so that the choice does not sit on an example, bounded to
     * [{@value #LOWEST}, {@value #HIGHEST}]. 0.5 when fewer than {@value #MIN_POSITIVES} examples are positive:
     * on two positives the best F1 is often a threshold near 0 that fires on every post.
     */
    static float bestF1(double[] scores, boolean[] gold) {
        int n = scores.length;
        int positives = 0;
        for (boolean g : gold) {
            positives += g ? 1 : 0;
        }
        if (positives < MIN_POSITIVES) {
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
        return (float) Math.min(HIGHEST, Math.max(LOWEST, threshold));
    }
}
