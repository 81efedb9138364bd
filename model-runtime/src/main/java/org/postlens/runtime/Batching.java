package org.postlens.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Groups text indices into batches by token length. */
final class Batching {

    private Batching() {}

    /**
     * Exact: each batch holds texts of one token length only, so nothing is padded. Otherwise texts are
     * sorted by length and cut into runs of {@code batchSize}, padded to the longest in each run.
     */
    static List<int[]> plan(int[] lengths, int batchSize, boolean exactLength) {
        Integer[] order = new Integer[lengths.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> lengths[i]).thenComparingInt(i -> i));
        List<int[]> batches = new ArrayList<>();
        int start = 0;
        while (start < order.length) {
            int end = start + 1;
            while (end < order.length
                    && end - start < batchSize
                    && (!exactLength || lengths[order[end]] == lengths[order[start]])) {
                end++;
            }
            int[] batch = new int[end - start];
            for (int i = start; i < end; i++) {
                batch[i - start] = order[i];
            }
            batches.add(batch);
            start = end;
        }
        return batches;
    }
}
