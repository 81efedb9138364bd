package org.postlens.runtime.text;

/**
 * MurmurHash3 (x86, 32-bit) over UTF-16 code units, two per 4-byte block (little-endian), so n-grams hash
 * without building strings. Stable across JVMs and releases, unlike {@link String#hashCode()}: a pack's
 * bucket ids depend on it, so it must never change.
 */
public final class Murmur3 {

    private static final int C1 = 0xcc9e2d51;
    private static final int C2 = 0x1b873593;

    private Murmur3() {}

    /** The hash of {@code chars[from..to)}. */
    public static int hash(char[] chars, int from, int to, int seed) {
        int h = seed;
        int i = from;
        for (; i + 1 < to; i += 2) {
            int k = chars[i] | (chars[i + 1] << 16);
            h ^= mixK(k);
            h = Integer.rotateLeft(h, 13);
            h = h * 5 + 0xe6546b64;
        }
        if (i < to) {
            h ^= mixK(chars[i]);
        }
        h ^= (to - from) * 2;
        return fmix(h);
    }

    public static int hash(CharSequence text, int seed) {
        char[] chars = text.toString().toCharArray();
        return hash(chars, 0, chars.length, seed);
    }

    private static int mixK(int k) {
        k *= C1;
        k = Integer.rotateLeft(k, 15);
        return k * C2;
    }

    private static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
