package org.postlens.runtime;

import ai.djl.huggingface.tokenizers.Encoding;
import java.util.Arrays;

/** Token ids of several texts, each padded (if at all) to {@code length}, with their attention masks. */
record TokenBatch(long[][] ids, long[][] attentionMask, int length) {

    /** The texts at {@code batch}'s indices, padded to the longest of them. */
    static TokenBatch of(Encoding[] encodings, int[] batch) {
        int length = 0;
        for (int index : batch) {
            length = Math.max(length, encodings[index].getIds().length);
        }
        long[][] ids = new long[batch.length][];
        long[][] mask = new long[batch.length][length];
        for (int i = 0; i < batch.length; i++) {
            ids[i] = encodings[batch[i]].getIds();
            Arrays.fill(mask[i], 0, ids[i].length, 1L);
        }
        return new TokenBatch(ids, mask, length);
    }

    int size() {
        return ids.length;
    }

    /** Row-major [size, length], padding with zeros. */
    long[] flatIds() {
        return flatten(ids);
    }

    long[] flatMask() {
        return flatten(attentionMask);
    }

    private long[] flatten(long[][] rows) {
        long[] flat = new long[rows.length * length];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * length, rows[r].length);
        }
        return flat;
    }
}
