package org.postlens.app.domain;

/**
 * Keeps posts whose latest prediction for {@code task} has {@code label} (any label when null) with a score in
 * [{@code minScore}, {@code maxScore}] (open ended where null).
 */
public record PredictionFilter(String task, String label, Double minScore, Double maxScore) {

    public PredictionFilter {
        if (task == null || task.isBlank()) {
            throw new IllegalArgumentException("a prediction filter needs a task");
        }
    }
}
