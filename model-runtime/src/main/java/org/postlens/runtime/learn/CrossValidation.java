package org.postlens.runtime.learn;

import org.postlens.runtime.eval.ClassificationMetrics;

/**
 * Out-of-fold figures: each example predicted by the model trained on the other folds, all pooled into one set
 * of figures.
 *
 * @param metric macro_f1 for single-label tasks, micro_f1 for multi-label ones; {@code value} its value
 */
public record CrossValidation(int examples, int folds, String metric, double value, ClassificationMetrics figures) {

    /** How a model card says where its figures come from. */
    public String description() {
        return folds + "-fold cross-validation (stratified, out-of-fold predictions pooled) over " + examples + " labels";
    }
}
