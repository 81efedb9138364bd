package org.postlens.app.annotate;

import java.util.Objects;
import org.postlens.runtime.train.ModelFamily;

/**
 * What an active-learning run is asked to do.
 *
 * @param family what to train: hashed n-grams (any language), a head on the stored sentence vectors, or both
 * @param learningCurve also measure cross-validated F1 at growing label counts (several trainings per point)
 * @param batchSize posts predicted and stored together
 */
public record LearnRequest(String schemaName, ModelFamily family, long seed, boolean learningCurve, int batchSize) {

    public static final int DEFAULT_BATCH_SIZE = 1024;

    public LearnRequest {
        Objects.requireNonNull(schemaName, "schemaName");
        Objects.requireNonNull(family, "family");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
    }

    public static LearnRequest of(String schemaName, ModelFamily family) {
        return new LearnRequest(schemaName, family, 42, false, DEFAULT_BATCH_SIZE);
    }

    public LearnRequest withLearningCurve(boolean value) {
        return new LearnRequest(schemaName, family, seed, value, batchSize);
    }
}
