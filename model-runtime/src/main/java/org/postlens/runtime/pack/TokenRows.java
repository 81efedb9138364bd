package org.postlens.runtime.pack;

/** Token ids of texts that all have the same length, so no padding is needed: see {@link DjlTextClassifier}. */
record TokenRows(long[][] ids, long[][] attentionMask, long[][] typeIds) {

    int size() {
        return ids.length;
    }

    int length() {
        return ids[0].length;
    }
}
