package org.postlens.runtime.text;

/**
 * A text as a sparse vector over hash buckets: {@code weights[i]} belongs to {@code buckets[i]}. Word and
 * character n-grams are listed apart (a bucket may appear once for each), each part scaled to unit length.
 *
 * @param names for explanations, the n-grams behind each entry ({@code "so bad"}, {@code "<wor"}); null
 *     unless asked for, since building the strings costs more than the rest
 */
public record HashedNgrams(int[] buckets, float[] weights, String[] names) {

    public int size() {
        return buckets.length;
    }
}
