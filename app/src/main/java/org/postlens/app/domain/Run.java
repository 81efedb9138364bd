package org.postlens.app.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;

/**
 * One execution of a model over posts: every stored result names the run that produced it.
 *
 * @param task the task its predictions answer; null for runs that predict no labels
 */
public record Run(long id, String kind, String modelId, String modelVersion, String engine, String device,
                  String parametersJson, Instant startedAt, Instant finishedAt, RunStatus status, String task) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** True when the run's model gave each post any number of labels ({@link PredictedLabels}). */
    public boolean multiLabel() {
        return multiLabel(parametersJson);
    }

    /** Whether run parameters say {@code "multi_label": true}, as analyze runs of multi-label models do. */
    public static boolean multiLabel(String parametersJson) {
        if (parametersJson == null || !parametersJson.contains("multi_label")) {
            return false;
        }
        try {
            return JSON.readTree(parametersJson).path("multi_label").asBoolean(false);
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
