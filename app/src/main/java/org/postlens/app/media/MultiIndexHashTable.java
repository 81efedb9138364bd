package org.postlens.app.media;

import java.util.function.IntConsumer;

/**
 * Finds the 64-bit hashes within a Hamming distance of a query without comparing it to all of them (multi-index
 * hashing, Norouzi et al.): each hash is filed under its four 16-bit chunks. Two hashes at most {@code r} bits
 * apart agree within {@code r / 4} bits on at least one chunk, so a search visits only the buckets near the
 * query's chunks. A BK-tree was measured first and was slower than comparing every pair: at the radii that find
 * re-used images (10-14 of 64 bits), its pruning leaves almost the whole tree to visit.
 */
public final class MultiIndexHashTable {

    private static final int CHUNKS = 4;
    private static final int CHUNK_BITS = 16;
    private static final int BUCKETS = 1 << CHUNK_BITS;
    /** How many chunk masks have at most 0, 1, 2, 3 bits set: 1, 1 + 16, 1 + 16 + 120, 1 + 16 + 120 + 560. */
    private static final int[] MASKS_UP_TO_WEIGHT = {1, 17, 137, 697};
    /** Chunk masks by number of bits set: 0, then 1, 2, 3, so a search takes those up to its chunk radius. */
    private static final int[] MASKS_BY_WEIGHT = masksByWeight();

    private final long[] hashes;
    /** Per chunk: bucket start offsets into {@link #items} (BUCKETS + 1 each) and the items filed by that chunk. */
    private final int[][] starts = new int[CHUNKS][];
    private final int[][] items = new int[CHUNKS][];
    private final int[] seen;
    private int search;

    public MultiIndexHashTable(long[] hashes) {
        this.hashes = hashes.clone();
        this.seen = new int[hashes.length];
        for (int chunk = 0; chunk < CHUNKS; chunk++) {
            int[] start = new int[BUCKETS + 1];
            for (long hash : hashes) {
                start[chunk(hash, chunk) + 1]++;
            }
            for (int bucket = 0; bucket < BUCKETS; bucket++) {
                start[bucket + 1] += start[bucket];
            }
            int[] filled = java.util.Arrays.copyOf(start, BUCKETS);
            int[] filed = new int[hashes.length];
            for (int item = 0; item < hashes.length; item++) {
                filed[filled[chunk(hashes[item], chunk)]++] = item;
            }
            starts[chunk] = start;
            items[chunk] = filed;
        }
    }

    public int size() {
        return hashes.length;
    }

    /**
     * Calls {@code found} once with every item whose hash is at most {@code maxDistance} bits from {@code query}.
     * Not thread-safe: one search at a time.
     */
    public void within(long query, int maxDistance, IntConsumer found) {
        int chunkRadius = Math.min(maxDistance / CHUNKS, 3);
        if (maxDistance / CHUNKS > 3) {
            // Beyond the precomputed masks a search would visit most buckets anyway: compare every item.
            for (int item = 0; item < hashes.length; item++) {
                if (Long.bitCount(hashes[item] ^ query) <= maxDistance) {
                    found.accept(item);
                }
            }
            return;
        }
        int stamp = ++search;
        int masks = MASKS_UP_TO_WEIGHT[chunkRadius];
        for (int chunk = 0; chunk < CHUNKS; chunk++) {
            int key = chunk(query, chunk);
            int[] start = starts[chunk];
            int[] filed = items[chunk];
            for (int m = 0; m < masks; m++) {
                int bucket = key ^ MASKS_BY_WEIGHT[m];
                for (int at = start[bucket], end = start[bucket + 1]; at < end; at++) {
                    int item = filed[at];
                    if (seen[item] != stamp) {
                        seen[item] = stamp;
                        if (Long.bitCount(hashes[item] ^ query) <= maxDistance) {
                            found.accept(item);
                        }
                    }
                }
            }
        }
    }

    private static int chunk(long hash, int chunk) {
        return (int) (hash >>> (chunk * CHUNK_BITS)) & (BUCKETS - 1);
    }

    private static int[] masksByWeight() {
        int[] masks = new int[MASKS_UP_TO_WEIGHT[3]];
        int next = 0;
        for (int weight = 0; weight <= 3; weight++) {
            for (int mask = 0; mask < BUCKETS; mask++) {
                if (Integer.bitCount(mask) == weight) {
                    masks[next++] = mask;
                }
            }
        }
        return masks;
    }
}
