package org.postlens.runtime;

import java.util.List;

/**
 * Assigns labels to texts. Engine-neutral: callers see labels and scores, never tensors.
 * Deterministic: a text gets the same scores whatever other texts are classified with it.
 */
public interface TextClassifier extends AutoCloseable {

    /** The model; {@link ModelInfo#dimension()} is the number of labels. */
    ModelInfo model();

    /** The labels in output order: {@link Prediction#scores()} follow this order. */
    List<String> labels();

    /** True when labels are independent (sigmoid per label) rather than exclusive (softmax). */
    boolean multiLabel();

    Prediction classify(String text);

    /** One prediction per text, in order. */
    List<Prediction> classify(List<String> texts);

    @Override
    void close();
}
