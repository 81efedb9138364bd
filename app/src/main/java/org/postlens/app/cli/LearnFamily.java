package org.postlens.app.cli;

import org.postlens.runtime.train.ModelFamily;

/** {@code --family} of the active-learning commands. */
enum LearnFamily {
    /** Hashed word and character n-grams: any language. */
    NGRAM(ModelFamily.NGRAM),
    /** A head on the stored sentence vectors (English). */
    HEAD(ModelFamily.ENCODER_HEAD),
    /** Both. */
    COMBINED(ModelFamily.COMBINED);

    private final ModelFamily modelFamily;

    LearnFamily(ModelFamily modelFamily) {
        this.modelFamily = modelFamily;
    }

    ModelFamily modelFamily() {
        return modelFamily;
    }
}
