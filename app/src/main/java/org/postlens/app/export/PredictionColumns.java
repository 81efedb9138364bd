package org.postlens.app.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.store.SqlitePredictionRepository;

/**
 * Each post's latest prediction per task: {@code pred.<task>} and {@code score.<task>} CSV columns (empty where
 * the post has none), and a {@code "predictions": {"<task>": {"label": ..., "score": ...}}} object in JSONL
 * (tasks the post has no prediction for are left out). A multi-label model's label is every label it gave, joined
 * by {@code "; "} ({@code "none"} for none), and JSONL adds them as a {@code "labels"} array. Nothing at all when
 * the project has no predictions.
 */
public final class PredictionColumns implements ExportColumns {

    private final SqlitePredictionRepository predictions;
    private final List<String> tasks;

    public PredictionColumns(SqlitePredictionRepository predictions) {
        this.predictions = predictions;
        this.tasks = predictions.tasks();
    }

    @Override
    public List<String> csvHeaders() {
        List<String> headers = new ArrayList<>(tasks.size() * 2);
        for (String task : tasks) {
            headers.add("pred." + task);
            headers.add("score." + task);
        }
        return headers;
    }

    @Override
    public List<String> csvValues(ExportedPost post) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, StoredPrediction> latest = predictions.latest(post.post().id());
        List<String> values = new ArrayList<>(tasks.size() * 2);
        for (String task : tasks) {
            StoredPrediction prediction = latest.get(task);
            values.add(prediction == null ? null : prediction.label());
            values.add(prediction == null ? null : Double.toString(prediction.score()));
        }
        return values;
    }

    @Override
    public void writeJson(ExportedPost post, JsonGenerator json) throws IOException {
        if (tasks.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("predictions");
        for (StoredPrediction prediction : predictions.latest(post.post().id()).values()) {
            json.writeObjectFieldStart(prediction.task());
            json.writeStringField("label", prediction.label());
            if (prediction.run().multiLabel()) {
                json.writeArrayFieldStart("labels");
                for (String label : prediction.labels()) {
                    json.writeString(label);
                }
                json.writeEndArray();
            }
            json.writeNumberField("score", prediction.score());
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
