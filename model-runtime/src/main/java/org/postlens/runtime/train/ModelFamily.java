package org.postlens.runtime.train;

/** What a {@link TextModelTrainer} builds (see {@code TextModelBlock}). */
public enum ModelFamily {
    /** A linear model over hashed word and character n-grams: any language, no encoder needed. */
    NGRAM(true, false),
    /** A logistic or one-hidden-layer head on the sentence encoder's vectors (English). */
    ENCODER_HEAD(false, true),
    /** Both added together: usually the best on English. */
    COMBINED(true, true);

    private final boolean readsNgrams;
    private final boolean readsVectors;

    ModelFamily(boolean readsNgrams, boolean readsVectors) {
        this.readsNgrams = readsNgrams;
        this.readsVectors = readsVectors;
    }

    public boolean readsNgrams() {
        return readsNgrams;
    }

    public boolean readsVectors() {
        return readsVectors;
    }
}
