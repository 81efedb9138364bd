package org.postlens.app.domain;

import java.util.Map;

/**
 * A stored prediction with the run that made it (model, version, task, device, time).
 *
 * @param label the label, or for a multi-label model every label it gave, joined ({@link PredictedLabels})
 * @param scores every label's score, in the model's label order
 */
public record StoredPrediction(long postId, String label, double score, Map<String, Double> scores, Run run) {

    public StoredPrediction {
        scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    }

    public String task() {
        return run.task();
    }

    /** Every label the post got: the label for a single-label model, those that passed for a multi-label one. */
    public java.util.List<String> labels() {
        return run.multiLabel() ? PredictedLabels.split(label) : java.util.List.of(label);
    }
}
