package org.postlens.app.domain;

import java.util.Map;

/**
 * A stored prediction with the run that made it (model, version, task, device, time).
 *
 * @param scores every label's score, in the model's label order
 */
public record StoredPrediction(long postId, String label, double score, Map<String, Double> scores, Run run) {

    public StoredPrediction {
        scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    }

    public String task() {
        return run.task();
    }
}
