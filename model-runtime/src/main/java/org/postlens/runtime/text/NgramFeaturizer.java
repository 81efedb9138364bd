package org.postlens.runtime.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cuts a text into hashed word and character n-grams (fastText-style), language-agnostic: it needs no
 * vocabulary, only Unicode classes, so Arabic, Hindi and English go through the same code.
 *
 * <p>After {@link TextNormalizer}, a token is a run of letters, marks, digits, {@code _} and {@code '}
 * (with a leading {@code #} or {@code @} kept), or any other single character that is not a space
 * (punctuation, an emoji). Word n-grams join 1..{@code wordMaxN} consecutive tokens with a space; character
 * n-grams are {@code charMinN..charMaxN} code points of a word-like token written {@code <token>}. Each
 * n-gram's bucket is its Murmur3 hash modulo the bucket count (words and characters with different seeds).
 * A bucket's weight is {@code 1 + ln(count)}, and the word part and the character part are each scaled to
 * unit length, so short and long posts weigh alike.
 *
 * <p>Immutable and thread-safe; a text always gives the same features.
 */
public final class NgramFeaturizer {

    private static final int CHAR_SEED_OFFSET = 0x9e3779b9;
    /** {@code 1 + ln(count)} for small counts, the usual ones. */
    private static final float[] SUBLINEAR = new float[64];

    static {
        for (int count = 1; count < SUBLINEAR.length; count++) {
            SUBLINEAR[count] = (float) (1 + Math.log(count));
        }
    }

    private final NgramSettings settings;

    public NgramFeaturizer(NgramSettings settings) {
        this.settings = settings;
    }

    public NgramSettings settings() {
        return settings;
    }

    public HashedNgrams featurize(String text) {
        return featurize(text, false);
    }

    /** Like {@link #featurize(String)}, also naming the n-grams behind each entry (for explanations). */
    public HashedNgrams featurizeWithNames(String text) {
        return featurize(text, true);
    }

    private HashedNgrams featurize(String text, boolean withNames) {
        Tokens tokens = Tokens.of(TextNormalizer.normalize(text));
        Occurrences words = new Occurrences(withNames);
        Occurrences chars = new Occurrences(withNames);
        addWordNgrams(tokens, words);
        addCharNgrams(tokens, chars);
        Part wordPart = words.collapse();
        Part charPart = chars.collapse();
        int size = wordPart.buckets.length + charPart.buckets.length;
        int[] buckets = new int[size];
        float[] weights = new float[size];
        System.arraycopy(wordPart.buckets, 0, buckets, 0, wordPart.buckets.length);
        System.arraycopy(charPart.buckets, 0, buckets, wordPart.buckets.length, charPart.buckets.length);
        System.arraycopy(wordPart.weights, 0, weights, 0, wordPart.weights.length);
        System.arraycopy(charPart.weights, 0, weights, wordPart.weights.length, charPart.weights.length);
        String[] names = null;
        if (withNames) {
            names = new String[size];
            System.arraycopy(wordPart.names, 0, names, 0, wordPart.names.length);
            System.arraycopy(charPart.names, 0, names, wordPart.names.length, charPart.names.length);
        }
        return new HashedNgrams(buckets, weights, names);
    }

    private void addWordNgrams(Tokens tokens, Occurrences out) {
        for (int n = 1; n <= settings.wordMaxN(); n++) {
            for (int first = 0; first + n <= tokens.count; first++) {
                int from = tokens.starts[first];
                int to = tokens.ends[first + n - 1];
                out.add(bucket(tokens.joined, from, to, settings.hashSeed()), tokens.joined, from, to);
            }
        }
    }

    private void addCharNgrams(Tokens tokens, Occurrences out) {
        if (settings.charMaxN() == 0) {
            return;
        }
        int seed = settings.hashSeed() + CHAR_SEED_OFFSET;
        char[] marked = new char[16];
        int[] codePointStarts = new int[17];
        for (int t = 0; t < tokens.count; t++) {
            if (!tokens.wordLike[t]) {
                continue;
            }
            int length = tokens.ends[t] - tokens.starts[t] + 2;
            if (marked.length < length) {
                marked = new char[length * 2];
                codePointStarts = new int[length * 2 + 1];
            }
            marked[0] = '<';
            System.arraycopy(tokens.joined, tokens.starts[t], marked, 1, length - 2);
            marked[length - 1] = '>';
            int points = 0;
            for (int i = 0; i < length; i += Character.isHighSurrogate(marked[i]) && i + 1 < length ? 2 : 1) {
                codePointStarts[points++] = i;
            }
            codePointStarts[points] = length;
            for (int n = settings.charMinN(); n <= settings.charMaxN(); n++) {
                for (int first = 0; first + n <= points; first++) {
                    int from = codePointStarts[first];
                    int to = codePointStarts[first + n];
                    out.add(bucket(marked, from, to, seed), marked, from, to);
                }
            }
        }
    }

    private int bucket(char[] chars, int from, int to, int seed) {
        return Math.floorMod(Murmur3.hash(chars, from, to, seed), settings.buckets());
    }

    /** Tokens copied into one buffer, separated by single spaces, so a word n-gram is one range of it. */
    private static final class Tokens {
        final char[] joined;
        final int[] starts;
        final int[] ends;
        final boolean[] wordLike;
        final int count;

        private Tokens(char[] joined, int[] starts, int[] ends, boolean[] wordLike, int count) {
            this.joined = joined;
            this.starts = starts;
            this.ends = ends;
            this.wordLike = wordLike;
            this.count = count;
        }

        static Tokens of(String text) {
            char[] joined = new char[text.length() * 2 + 1];
            int[] starts = new int[text.length() + 1];
            int[] ends = new int[text.length() + 1];
            boolean[] wordLike = new boolean[text.length() + 1];
            int count = 0;
            int length = 0;
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                boolean word = isWordPart(cp);
                if ((cp == '#' || cp == '@') && i + 1 < text.length() && isWordPart(text.codePointAt(i + 1))) {
                    word = true;
                    i++;
                    cp = text.codePointAt(i);
                }
                if (word) {
                    while (i < text.length() && isWordPart(cp = text.codePointAt(i))) {
                        i += Character.charCount(cp);
                    }
                } else {
                    i += Character.charCount(cp);
                }
                if (count > 0) {
                    joined[length++] = ' ';
                }
                starts[count] = length;
                text.getChars(start, i, joined, length);
                length += i - start;
                ends[count] = length;
                wordLike[count] = word;
                count++;
            }
            return new Tokens(joined, starts, ends, wordLike, count);
        }

        private static boolean isWordPart(int cp) {
            if (cp == '_' || cp == '\'') {
                return true;
            }
            int type = Character.getType(cp);
            return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
        }
    }

    /** The bucket of every n-gram seen, collapsed into one weight per bucket. */
    private static final class Occurrences {
        private int[] buckets = new int[64];
        private int size;
        private final List<String> names;
        private final List<Integer> nameBuckets;

        Occurrences(boolean withNames) {
            this.names = withNames ? new ArrayList<>() : null;
            this.nameBuckets = withNames ? new ArrayList<>() : null;
        }

        void add(int bucket, char[] chars, int from, int to) {
            if (size == buckets.length) {
                buckets = Arrays.copyOf(buckets, size * 2);
            }
            buckets[size++] = bucket;
            if (names != null) {
                names.add(new String(chars, from, to - from));
                nameBuckets.add(bucket);
            }
        }

        /** Counts per bucket in an open-addressing table (cheaper than sorting), buckets in first-seen order. */
        Part collapse() {
            int capacity = Integer.highestOneBit(Math.max(16, size * 2) - 1) << 1;
            int mask = capacity - 1;
            int[] keys = new int[capacity];
            int[] slots = new int[capacity]; // 1 + index into ids, 0 when empty
            int[] ids = new int[size];
            float[] weights = new float[size];
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                int bucket = buckets[i];
                int slot = (bucket * 0x9e3779b1) >>> 7 & mask;
                while (slots[slot] != 0 && keys[slot] != bucket) {
                    slot = (slot + 1) & mask;
                }
                if (slots[slot] == 0) {
                    keys[slot] = bucket;
                    ids[distinct] = bucket;
                    slots[slot] = ++distinct;
                }
                weights[slots[slot] - 1]++;
            }
            ids = Arrays.copyOf(ids, distinct);
            weights = Arrays.copyOf(weights, distinct);
            double norm = 0;
            for (int i = 0; i < distinct; i++) {
                int count = (int) weights[i];
                weights[i] = count < SUBLINEAR.length ? SUBLINEAR[count] : (float) (1 + Math.log(count));
                norm += weights[i] * weights[i];
            }
            float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < distinct; i++) {
                weights[i] *= scale;
            }
            return new Part(ids, weights, names == null ? null : namesOf(ids));
        }

        private String[] namesOf(int[] ids) {
            TreeMap<Integer, Set<String>> byBucket = new TreeMap<>();
            for (int i = 0; i < names.size(); i++) {
                byBucket.computeIfAbsent(nameBuckets.get(i), b -> new LinkedHashSet<>()).add(names.get(i));
            }
            String[] result = new String[ids.length];
            for (int i = 0; i < ids.length; i++) {
                result[i] = String.join(" | ", byBucket.get(ids[i])); // more than one only when n-grams collide
            }
            return result;
        }
    }

    private record Part(int[] buckets, float[] weights, String[] names) {}
}
