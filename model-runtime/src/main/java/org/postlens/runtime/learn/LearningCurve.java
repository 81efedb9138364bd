package org.postlens.runtime.learn;

import java.util.List;

/**
 * Cross-validated figures against the number of labels: whether more labels still help.
 *
 * @param metric macro_f1 (single-label) or micro_f1 (multi-label)
 * @param points by growing label count; the last one uses every label
 */
public record LearningCurve(String metric, List<Point> points) {

    /** Label counts the curve is measured at, where the data has that many; every label is always the last point. */
    public static final List<Integer> DEFAULT_SIZES = List.of(10, 20, 50, 100, 200, 500, 1000, 2000, 5000);

    public LearningCurve {
        points = List.copyOf(points);
    }

    /**
     * @param labels how many labelled examples (a stratified subset nested in the larger ones)
     * @param value the cross-validated figure on them
     */
    public record Point(int labels, int folds, double value) {}
}
