package org.postlens.app.embed;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.postlens.app.domain.Int8VectorTable;
import org.postlens.app.jobs.CancellationToken;

/**
 * The candidate step of {@link NearDuplicateGrouping} for large tables: random-hyperplane LSH (SimHash).
 *
 * <p>Each row gets {@value #BITS} sign bits from fixed-seed pseudo-random rotations of its int8 codes
 * (zero-padded to a power of two, three rounds of random signs and a Walsh-Hadamard transform, in exact long
 * arithmetic). The bits are cut into {@code bands} bands of {@code bitsPerBand}; rows that share a band's bits
 * are candidates. A second pass cuts the same bits into bands again in a fixed shuffled order. A candidate pair
 * is joined only if its full sketches are within a Hamming distance that similar pairs essentially never exceed
 * and its exact int8 cosine (the same {@code dot * scale * scale} as the all-pairs path) reaches the threshold,
 * so no pair below the threshold is ever joined; what LSH can do is miss a pair. {@code bitsPerBand} is the
 * largest that keeps the chance of a pair exactly at the threshold sharing a band of the first pass at 0.99 or
 * more (at 0.9: 16 bits, 64 bands, 0.996 in theory). Both passes, measured on 50,000 pairs at 0.900-0.902:
 * 0.99998.
 *
 * <p>Buckets are matched in parallel against the groups as they stood before the band, then joined serially.
 * A bucket above {@value #BIG_BUCKET} rows (mass-reposted text) is matched serially and each row only against
 * one representative of each group already met in that bucket, so it costs rows × groups, not rows².
 */
final class SimHashGrouping {

    static final int BITS = 1024;
    static final int WORDS = BITS / 64;
    static final long SEED = 0x5EED_2026_0004L;
    static final double TARGET_RECALL = 0.99;
    static final int MIN_BITS_PER_BAND = 8;
    static final int MAX_BITS_PER_BAND = 20;
    static final int BIG_BUCKET = 128;
    private static final int ROUNDS = 3;
    private static final int ROW_CHUNK = 1024;
    private static final int BUCKET_CHUNK = 1024;

    /** Banding passes over the same bits: the first cuts them in order, later ones in a fixed shuffled order. */
    static final int PASSES = 2;

    private final double threshold;
    final int bitsPerBand;
    /** Bands per pass; the recall target is met by one pass, the second one cuts misses tenfold. */
    final int bands;
    final int maxHamming;
    /** For passes after the first: the bit positions of each band, pass by pass. */
    private final int[][] shuffledBands;

    private SimHashGrouping(double threshold, int bitsPerBand) {
        this.threshold = threshold;
        this.bitsPerBand = bitsPerBand;
        this.bands = BITS / bitsPerBand;
        double angle = Math.acos(threshold) / Math.PI;
        double sd = Math.sqrt(BITS * angle * (1 - angle));
        // 8 standard deviations above the expected distance of a pair exactly at the threshold.
        this.maxHamming = (int) Math.ceil(BITS * angle + 8 * sd + 8);
        SplittableRandom random = new SplittableRandom(SEED ^ 0xBA4D5L);
        this.shuffledBands = new int[(PASSES - 1) * bands][];
        for (int pass = 1; pass < PASSES; pass++) {
            int[] order = shuffled(random);
            for (int band = 0; band < bands; band++) {
                shuffledBands[(pass - 1) * bands + band] =
                        Arrays.copyOfRange(order, band * bitsPerBand, (band + 1) * bitsPerBand);
            }
        }
    }

    private static int[] shuffled(SplittableRandom random) {
        int[] order = new int[BITS];
        for (int i = 0; i < BITS; i++) {
            order[i] = i;
        }
        for (int i = BITS - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** The parameters for this threshold, or null where no band width reaches the target recall. */
    static SimHashGrouping forThreshold(double threshold) {
        double agree = 1 - Math.acos(threshold) / Math.PI;
        for (int k = MAX_BITS_PER_BAND; k >= MIN_BITS_PER_BAND; k--) {
            if (recall(agree, k, BITS / k) >= TARGET_RECALL) {
                return new SimHashGrouping(threshold, k);
            }
        }
        return null;
    }

    /** Chance that a pair whose bits agree with probability {@code agree} shares at least one band. */
    static double recall(double agree, int bitsPerBand, int bands) {
        return 1 - Math.pow(1 - Math.pow(agree, bitsPerBand), bands);
    }

    DisjointSet join(Int8VectorTable table, CancellationToken cancel) {
        int n = table.size();
        long[] sketches = sketches(table, cancel);
        DisjointSet sets = new DisjointSet(n);
        int buckets = 1 << bitsPerBand;
        int[] keys = new int[n];
        int[] order = new int[n];
        int[] start = new int[buckets + 1];
        for (int band = 0; band < PASSES * bands; band++) {
            cancel.throwIfCancelled();
            Arrays.fill(start, 0);
            for (int row = 0; row < n; row++) {
                keys[row] = band < bands ? key(sketches, row, band * bitsPerBand)
                        : key(sketches, row, shuffledBands[band - bands]);
                start[keys[row] + 1]++;
            }
            for (int b = 0; b < buckets; b++) {
                start[b + 1] += start[b];
            }
            int[] next = Arrays.copyOf(start, buckets);
            for (int row = 0; row < n; row++) {
                order[next[keys[row]]++] = row;
            }
            int[][] matches = IntStream.range(0, (buckets + BUCKET_CHUNK - 1) / BUCKET_CHUNK).parallel()
                    .mapToObj(chunk -> matchSmallBuckets(table, sketches, sets, order, start, chunk))
                    .toArray(int[][]::new);
            for (int[] pairs : matches) {
                for (int i = 0; i < pairs.length; i += 2) {
                    sets.union(pairs[i], pairs[i + 1]);
                }
            }
            for (int b = 0; b < buckets; b++) {
                if (start[b + 1] - start[b] > BIG_BUCKET) {
                    matchBigBucket(table, sketches, sets, order, start[b], start[b + 1]);
                }
            }
        }
        return sets;
    }

    private int[] matchSmallBuckets(Int8VectorTable table, long[] sketches, DisjointSet sets, int[] order,
            int[] start, int chunk) {
        int[] pairs = new int[0];
        int count = 0;
        int last = Math.min(start.length - 1, (chunk + 1) * BUCKET_CHUNK);
        for (int b = chunk * BUCKET_CHUNK; b < last; b++) {
            int from = start[b];
            int to = start[b + 1];
            if (to - from < 2 || to - from > BIG_BUCKET) {
                continue;
            }
            for (int i = from; i < to; i++) {
                int a = order[i];
                int rootA = sets.root(a);
                for (int j = i + 1; j < to; j++) {
                    int c = order[j];
                    if (sets.root(c) != rootA && similar(table, sketches, a, c)) {
                        if (count == pairs.length) {
                            pairs = Arrays.copyOf(pairs, Math.max(8, count * 2));
                        }
                        pairs[count++] = a;
                        pairs[count++] = c;
                    }
                }
            }
        }
        return Arrays.copyOf(pairs, count);
    }

    private void matchBigBucket(Int8VectorTable table, long[] sketches, DisjointSet sets, int[] order, int from,
            int to) {
        int[] representatives = new int[16];
        int count = 0;
        for (int i = from; i < to; i++) {
            int row = order[i];
            boolean met = false;
            for (int r = 0; r < count; r++) {
                int other = representatives[r];
                if (sets.find(other) == sets.find(row)) {
                    met = true;
                } else if (similar(table, sketches, other, row)) {
                    sets.union(other, row);
                    met = true;
                }
            }
            if (!met) {
                if (count == representatives.length) {
                    representatives = Arrays.copyOf(representatives, count * 2);
                }
                representatives[count++] = row;
            }
        }
    }

    /** Rows {@code a < b}: close sketches, then the exact int8 cosine as the all-pairs path computes it. */
    private boolean similar(Int8VectorTable table, long[] sketches, int a, int b) {
        int distance = 0;
        int offsetA = a * WORDS;
        int offsetB = b * WORDS;
        for (int w = 0; w < WORDS; w++) {
            distance += Long.bitCount(sketches[offsetA + w] ^ sketches[offsetB + w]);
        }
        if (distance > maxHamming) {
            return false;
        }
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        int dimension = table.dimension();
        float score = NearDuplicateGrouping.dot(table.codes(), low * dimension, high * dimension, dimension)
                * table.scale(low) * table.scale(high);
        return score >= threshold;
    }

    private int key(long[] sketches, int row, int firstBit) {
        int word = row * WORDS + (firstBit >>> 6);
        int shift = firstBit & 63;
        long bits = sketches[word] >>> shift;
        if (shift + bitsPerBand > 64) {
            bits |= sketches[word + 1] << (64 - shift);
        }
        return (int) (bits & ((1L << bitsPerBand) - 1));
    }

    private static int key(long[] sketches, int row, int[] positions) {
        int key = 0;
        int base = row * WORDS;
        for (int i = 0; i < positions.length; i++) {
            int bit = positions[i];
            key |= (int) ((sketches[base + (bit >>> 6)] >>> (bit & 63)) & 1) << i;
        }
        return key;
    }

    /** {@value #WORDS} longs of sign bits per row, the same for the same codes whatever the threads. */
    static long[] sketches(Int8VectorTable table, CancellationToken cancel) {
        int n = table.size();
        int dimension = table.dimension();
        int padded = 1;
        while (padded < dimension) {
            padded <<= 1;
        }
        int rotations = (BITS + padded - 1) / padded;
        SplittableRandom random = new SplittableRandom(SEED);
        boolean[][] flips = new boolean[rotations * ROUNDS][padded];
        for (boolean[] round : flips) {
            for (int i = 0; i < padded; i++) {
                round[i] = random.nextBoolean();
            }
        }
        // Output j of the rotations becomes bit position[j], so that a band's bits come from all over.
        int[] position = shuffled(random);
        long[] sketches = new long[Math.multiplyExact(n, WORDS)];
        int size = padded;
        IntStream.range(0, (n + ROW_CHUNK - 1) / ROW_CHUNK).parallel().forEach(chunk -> {
            cancel.throwIfCancelled();
            long[] buffer = new long[size];
            byte[] codes = table.codes();
            for (int row = chunk * ROW_CHUNK; row < Math.min(n, (chunk + 1) * ROW_CHUNK); row++) {
                int out = 0;
                for (int rotation = 0; rotation < rotations && out < BITS; rotation++) {
                    Arrays.fill(buffer, 0);
                    for (int i = 0; i < dimension; i++) {
                        buffer[i] = codes[row * dimension + i];
                    }
                    for (int round = 0; round < ROUNDS; round++) {
                        boolean[] flip = flips[rotation * ROUNDS + round];
                        for (int i = 0; i < size; i++) {
                            if (flip[i]) {
                                buffer[i] = -buffer[i];
                            }
                        }
                        hadamard(buffer);
                    }
                    for (int i = 0; i < size && out < BITS; i++, out++) {
                        if (buffer[i] > 0) {
                            int bit = position[out];
                            sketches[row * WORDS + (bit >>> 6)] |= 1L << (bit & 63);
                        }
                    }
                }
            }
        });
        return sketches;
    }

    /** In-place unnormalized fast Walsh-Hadamard transform; 127 × 512³ still fits a long. */
    private static void hadamard(long[] values) {
        for (int half = 1; half < values.length; half <<= 1) {
            for (int i = 0; i < values.length; i += half << 1) {
                for (int j = i; j < i + half; j++) {
                    long x = values[j];
                    long y = values[j + half];
                    values[j] = x + y;
                    values[j + half] = x - y;
                }
            }
        }
    }
}
