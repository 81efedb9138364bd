package org.postlens.app.evaluate;

import java.util.Arrays;
import java.util.List;

/** How many posts of each gold label got each predicted label: {@code counts[gold][predicted]}. */
public record ConfusionMatrix(List<String> labels, int[][] counts) {

    public ConfusionMatrix {
        labels = List.copyOf(labels);
        int[][] copy = new int[counts.length][];
        for (int row = 0; row < counts.length; row++) {
            if (counts[row].length != labels.size()) {
                throw new IllegalArgumentException("row " + row + " has " + counts[row].length + " cells for "
                        + labels.size() + " labels");
            }
            copy[row] = counts[row].clone();
        }
        if (copy.length != labels.size()) {
            throw new IllegalArgumentException(copy.length + " rows for " + labels.size() + " labels");
        }
        counts = copy;
    }

    public int count(int gold, int predicted) {
        return counts[gold][predicted];
    }

    public int rowTotal(int gold) {
        int total = 0;
        for (int count : counts[gold]) {
            total += count;
        }
        return total;
    }

    /** The share of the gold label's posts that got this prediction (0 for a label with no gold posts). */
    public double rowShare(int gold, int predicted) {
        int total = rowTotal(gold);
        return total == 0 ? 0 : (double) counts[gold][predicted] / total;
    }

    @Override
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int row = 0; row < counts.length; row++) {
            copy[row] = counts[row].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfusionMatrix that && labels.equals(that.labels)
                && Arrays.deepEquals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return 31 * labels.hashCode() + Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "ConfusionMatrix" + labels + Arrays.deepToString(counts);
    }
}
