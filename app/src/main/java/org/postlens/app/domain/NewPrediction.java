package org.postlens.app.domain;

import java.util.Map;

/**
 * A task model's answer for one post, about to be stored under its run.
 *
 * @param scores every label's score, in the model's label order
 */
public record NewPrediction(long runId, long postId, String label, double score, Map<String, Double> scores) {

    public NewPrediction {
        scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    }
}
