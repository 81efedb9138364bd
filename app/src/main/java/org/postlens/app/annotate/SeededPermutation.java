package org.postlens.app.annotate;

import java.util.SplittableRandom;

/**
 * A reproducible shuffle of 0..n-1 that needs no memory and no sorting: a four-round Feistel network on the
 * smallest even number of bits that holds n, walked again while its output falls outside the range (fewer than
 * four steps on average). The same seed and n always give the same order, so a random sample can be resumed and
 * shared; each position costs a few multiplications whatever n is.
 */
final class SeededPermutation {

    private final long size;
    private final int halfBits;
    private final long mask;
    private final long[] keys = new long[4];

    SeededPermutation(long size, long seed) {
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
        this.size = size;
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, size - 1));
        this.halfBits = Math.max(1, (bits + 1) / 2);
        this.mask = (1L << halfBits) - 1;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextLong();
        }
    }

    long size() {
        return size;
    }

    /** The element at {@code index} (0 ≤ index < size) of the shuffled order. */
    long at(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        long value = index;
        do {
            value = encrypt(value);
        } while (value >= size);
        return value;
    }

    private long encrypt(long value) {
        long left = value >>> halfBits;
        long right = value & mask;
        for (long key : keys) {
            long mixed = mix(right ^ key) & mask;
            long next = left ^ mixed;
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    /** SplitMix64's finaliser: every input bit changes about half the output bits. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
