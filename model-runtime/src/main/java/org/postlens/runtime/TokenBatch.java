package org.postlens.runtime;

/** Token ids of several texts, each padded (if at all) to {@code length}, with their attention masks. */
record TokenBatch(long[][] ids, long[][] attentionMask, int length) {

    int size() {
        return ids.length;
    }
}
