package org.postlens.app.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postlens.app.domain.Int8VectorTable;
import org.postlens.app.jobs.CancellationToken;

/**
 * Groups vectors whose cosine similarity reaches a threshold, transitively (single linkage, union-find).
 * Compares every pair once, skipping pairs already in one group, so its cost grows with the square of the
 * number of posts: seconds for tens of thousands. Millions need a candidate step (LSH) in front of it.
 */
public final class NearDuplicateGrouping {

    private final double threshold;

    public NearDuplicateGrouping(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    /** Groups of at least {@code minSize} post ids, each in ascending id order, largest groups first. */
    public List<long[]> groups(Int8VectorTable table, int minSize, CancellationToken cancel) {
        int n = table.size();
        int dimension = table.dimension();
        byte[] codes = table.codes();
        DisjointSet sets = new DisjointSet(n);
        for (int i = 0; i < n; i++) {
            if ((i & 1023) == 0) {
                cancel.throwIfCancelled();
            }
            int offsetI = i * dimension;
            float scaleI = table.scale(i);
            for (int j = i + 1; j < n; j++) {
                if (sets.find(i) == sets.find(j)) {
                    continue;
                }
                float score = dot(codes, offsetI, j * dimension, dimension) * scaleI * table.scale(j);
                if (score >= threshold) {
                    sets.union(i, j);
                }
            }
        }
        return collect(table, sets, Math.max(2, minSize));
    }

    private static List<long[]> collect(Int8VectorTable table, DisjointSet sets, int minSize) {
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int row = 0; row < table.size(); row++) {
            if (sets.sizeOf(row) >= minSize) {
                members.computeIfAbsent(sets.find(row), root -> new ArrayList<>()).add(row);
            }
        }
        List<long[]> groups = new ArrayList<>();
        for (List<Integer> rows : members.values()) {
            groups.add(rows.stream().mapToLong(table::postId).toArray());
        }
        groups.sort((a, b) -> a.length != b.length ? Integer.compare(b.length, a.length) : Long.compare(a[0], b[0]));
        return groups;
    }

    private static int dot(byte[] codes, int offsetA, int offsetB, int dimension) {
        int sum = 0;
        for (int i = 0; i < dimension; i++) {
            sum += codes[offsetA + i] * codes[offsetB + i];
        }
        return sum;
    }
}
