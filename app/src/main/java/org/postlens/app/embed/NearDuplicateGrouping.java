package org.postlens.app.embed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.postlens.app.domain.Int8VectorTable;
import org.postlens.app.jobs.CancellationToken;

/**
 * Groups vectors whose cosine similarity reaches a threshold, transitively (single linkage, union-find).
 * Up to {@value #EXACT_LIMIT} vectors it compares every pair once, on all cores (cost grows with the square
 * of the number of posts: about 6 s for 10,000 posts on two cores). Above that, SimHash LSH
 * ({@link SimHashGrouping}) picks candidate pairs and only those are compared, with the same exact int8 cosine:
 * no pair below the threshold is joined, and in measurements over 99% of pairs at or above it are found.
 */
public final class NearDuplicateGrouping {

    /** Tables up to this size are grouped by comparing all pairs; larger ones through LSH candidates. */
    static final int EXACT_LIMIT = 20_000;

    private static final int BLOCK_ROWS = 256;

    private final double threshold;

    public NearDuplicateGrouping(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    /** Groups of at least {@code minSize} post ids, each in ascending id order, largest groups first. */
    public List<long[]> groups(Int8VectorTable table, int minSize, CancellationToken cancel) {
        SimHashGrouping lsh = SimHashGrouping.forThreshold(threshold);
        if (table.size() <= EXACT_LIMIT || lsh == null) {
            return exactGroups(table, minSize, cancel);
        }
        return collect(table, lsh.join(table, cancel), Math.max(2, minSize));
    }

    /** The LSH path whatever the size (tests compare it with {@link #exactGroups}). */
    List<long[]> lshGroups(Int8VectorTable table, int minSize, CancellationToken cancel) {
        SimHashGrouping lsh = SimHashGrouping.forThreshold(threshold);
        if (lsh == null) {
            throw new IllegalStateException("no LSH parameters reach the target recall at " + threshold);
        }
        return collect(table, lsh.join(table, cancel), Math.max(2, minSize));
    }

    /** Every pair compared, whatever the size. */
    List<long[]> exactGroups(Int8VectorTable table, int minSize, CancellationToken cancel) {
        int n = table.size();
        DisjointSet sets = new DisjointSet(n);
        // Rows are matched in parallel a block at a time against the groups as they stood before the block,
        // then joined serially: a big copy-paste group is compared in full only until its members are joined.
        for (int start = 0; start < n; start += BLOCK_ROWS) {
            cancel.throwIfCancelled();
            int end = Math.min(n, start + BLOCK_ROWS);
            int[][] matches = IntStream.range(start, end).parallel()
                    .mapToObj(row -> matchesAfter(table, sets, row))
                    .toArray(int[][]::new);
            for (int row = start; row < end; row++) {
                for (int match : matches[row - start]) {
                    sets.union(row, match);
                }
            }
        }
        return collect(table, sets, Math.max(2, minSize));
    }

    /** Later rows at least {@code threshold} similar to {@code row} and not yet in its group. */
    private int[] matchesAfter(Int8VectorTable table, DisjointSet sets, int row) {
        int dimension = table.dimension();
        byte[] codes = table.codes();
        int offset = row * dimension;
        float scale = table.scale(row);
        int root = sets.root(row);
        int[] matches = new int[4];
        int count = 0;
        for (int other = row + 1; other < table.size(); other++) {
            if (sets.root(other) == root) {
                continue;
            }
            float score = dot(codes, offset, other * dimension, dimension) * scale * table.scale(other);
            if (score >= threshold) {
                if (count == matches.length) {
                    matches = Arrays.copyOf(matches, count * 2);
                }
                matches[count++] = other;
            }
        }
        return Arrays.copyOf(matches, count);
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

    static int dot(byte[] codes, int offsetA, int offsetB, int dimension) {
        int sum = 0;
        for (int i = 0; i < dimension; i++) {
            sum += codes[offsetA + i] * codes[offsetB + i];
        }
        return sum;
    }
}
