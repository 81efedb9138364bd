package org.postlens.runtime.train;

/** How examples of each label weigh in the training loss. */
public enum ClassWeighting {
    /** Every example weighs 1. */
    NONE,
    /**
     * Rare labels weigh more: single-label, label c weighs {@code n / (labels * n_c)} (scikit-learn's
     * "balanced"); multi-label, a label's positive examples weigh {@code negatives / positives} (at most 20).
     */
    BALANCED
}
