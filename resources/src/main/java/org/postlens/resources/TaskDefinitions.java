package org.postlens.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The analysis tasks Postlens knows, read from {@code postlens/tasks.json} on the classpath. */
public final class TaskDefinitions {

    public static final String RESOURCE = "postlens/tasks.json";

    private final Map<String, TaskDefinition> byId;

    private TaskDefinitions(Map<String, TaskDefinition> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The shipped definitions. */
    public static TaskDefinitions shipped() {
        try (InputStream in = TaskDefinitions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Task definitions missing from the build: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static TaskDefinitions read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        Map<String, TaskDefinition> tasks = new LinkedHashMap<>();
        for (JsonNode task : root.path("tasks")) {
            TaskDefinition definition = task(task);
            if (tasks.put(definition.id(), definition) != null) {
                throw new IOException("task '" + definition.id() + "' is defined twice");
            }
        }
        return new TaskDefinitions(tasks);
    }

    public List<TaskDefinition> all() {
        return List.copyOf(byId.values());
    }

    public Optional<TaskDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static TaskDefinition task(JsonNode task) throws IOException {
        String id = required(task, "id", "a task");
        List<String> labels = new ArrayList<>();
        task.path("labels").forEach(label -> labels.add(label.asText()));
        if (labels.isEmpty() || labels.stream().distinct().count() != labels.size()) {
            throw new IOException("task '" + id + "' needs distinct labels");
        }
        Map<String, TaskLanguage> languages = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : task.path("languages").properties()) {
            JsonNode language = entry.getValue();
            languages.put(entry.getKey(), new TaskLanguage(
                    required(language, "dataset", "task '" + id + "' (" + entry.getKey() + ")"),
                    required(language, "metric", "task '" + id + "' (" + entry.getKey() + ")"),
                    reference(language.get("reference"))));
        }
        List<String> targets = new ArrayList<>();
        task.path("targets").forEach(target -> targets.add(target.asText()));
        return new TaskDefinition(id, required(task, "name", "task '" + id + "'"), task.path("description").asText(""),
                labels, task.path("multiLabel").asBoolean(false), required(task, "metric", "task '" + id + "'"),
                languages, targets);
    }

    private static ReferenceFigures reference(JsonNode reference) {
        if (reference == null || reference.isNull()) {
            return null;
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : reference.properties()) {
            if (entry.getValue().isNumber()) {
                figures.put(entry.getKey(), entry.getValue().asDouble());
            }
        }
        return new ReferenceFigures(reference.path("source").asText(""), figures);
    }

    private static String required(JsonNode node, String field, String what) throws IOException {
        String value = node.path(field).asText("").strip();
        if (value.isEmpty()) {
            throw new IOException(what + " has no '" + field + "'");
        }
        return value;
    }
}
