package org.postlens.runtime.text;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * How {@link NgramFeaturizer} cuts and hashes a text. Stored in a pack's serving.properties (see
 * {@link #write} and {@link #read}) so that serving cuts texts exactly as training did.
 *
 * @param wordMaxN longest word n-gram (1 = words only); 0 for no word n-grams
 * @param charMinN shortest character n-gram within a word (with {@code <} and {@code >} marking its ends)
 * @param charMaxN longest character n-gram; 0 for no character n-grams
 * @param buckets number of hash buckets (n-grams that hash alike share a weight)
 * @param hashSeed Murmur3 seed
 */
public record NgramSettings(int wordMaxN, int charMinN, int charMaxN, int buckets, int hashSeed) {

    public static final String WORD_MAX_N = "postlens.ngram.wordMaxN";
    public static final String CHAR_MIN_N = "postlens.ngram.charMinN";
    public static final String CHAR_MAX_N = "postlens.ngram.charMaxN";
    public static final String BUCKETS = "postlens.ngram.buckets";
    public static final String HASH_SEED = "postlens.ngram.hashSeed";

    public NgramSettings {
        if (wordMaxN < 0 || charMaxN < 0 || (charMaxN > 0 && (charMinN < 1 || charMinN > charMaxN))) {
            throw new IllegalArgumentException("n-gram ranges must be word 0..N and char 1 <= min <= max: "
                    + wordMaxN + ", " + charMinN + ".." + charMaxN);
        }
        if (wordMaxN == 0 && charMaxN == 0) {
            throw new IllegalArgumentException("no word and no character n-grams: nothing to read");
        }
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets must be positive: " + buckets);
        }
    }

    /** Word 1-2 and character 2-5 n-grams: what mattered on the reference runs (notes/djl-measured-facts.md). */
    public static NgramSettings defaults(int buckets) {
        return new NgramSettings(2, 2, 5, buckets, 0x5eed);
    }

    public NgramSettings withBuckets(int count) {
        return new NgramSettings(wordMaxN, charMinN, charMaxN, count, hashSeed);
    }

    public void write(BiConsumer<String, String> properties) {
        properties.accept(WORD_MAX_N, Integer.toString(wordMaxN));
        properties.accept(CHAR_MIN_N, Integer.toString(charMinN));
        properties.accept(CHAR_MAX_N, Integer.toString(charMaxN));
        properties.accept(BUCKETS, Integer.toString(buckets));
        properties.accept(HASH_SEED, Integer.toString(hashSeed));
    }

    /**
     * @throws IllegalArgumentException naming the key that is missing or not a number, or the values that do not fit
     */
    public static NgramSettings read(Map<String, String> properties) {
        return new NgramSettings(number(properties, WORD_MAX_N), number(properties, CHAR_MIN_N),
                number(properties, CHAR_MAX_N), number(properties, BUCKETS), number(properties, HASH_SEED));
    }

    private static int number(Map<String, String> properties, String key) {
        String value = properties.get(key);
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + value + " is not a whole number", e);
        }
    }
}
