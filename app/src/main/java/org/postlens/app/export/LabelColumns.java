package org.postlens.app.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.postlens.app.annotate.GoldLabels;
import org.postlens.app.domain.Annotation;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.store.SqliteAnnotationRepository;

/**
 * People's labels of each post, per schema that has any: a {@code label.<schema>} CSV column with the gold label
 * ({@link GoldLabels}; several labels joined by {@code "; "}, {@code "none"} for a multi-label post given none, empty
 * where there is no agreed label), and in JSONL a {@code "labels": {"<schema>": {"gold": [...], "by": {"<annotator>":
 * [...]}}}} object ({@code "gold"} is null while annotators disagree; an adjudication adds {@code "adjudicated"}).
 * Nothing at all when nobody has labelled anything. The labels are read a page of posts at a time.
 */
public final class LabelColumns implements ExportColumns {

    /** One post's labels in one schema. */
    private record PostLabels(List<String> gold, List<String> adjudicated, Map<String, List<String>> by) {
    }

    private final SqliteAnnotationRepository annotations;
    private final List<LabelSchema> schemas;
    private final Set<Long> loaded = new HashSet<>();
    private final Map<Long, Map<String, PostLabels>> labels = new HashMap<>();

    /** @param schemas the schemas to write, usually {@code project.labelSchemas().labelled()} */
    public LabelColumns(SqliteAnnotationRepository annotations, List<LabelSchema> schemas) {
        this.annotations = annotations;
        this.schemas = List.copyOf(schemas);
    }

    @Override
    public void startPage(List<ExportedPost> page) {
        loaded.clear();
        labels.clear();
        if (schemas.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(page.size());
        page.forEach(post -> ids.add(post.post().id()));
        load(ids);
    }

    @Override
    public List<String> csvHeaders() {
        return schemas.stream().map(schema -> "label." + schema.name()).toList();
    }

    @Override
    public List<String> csvValues(ExportedPost post) {
        Map<String, PostLabels> given = labelsOf(post);
        List<String> values = new ArrayList<>(schemas.size());
        for (LabelSchema schema : schemas) {
            PostLabels labels = given.get(schema.name());
            if (labels == null || labels.gold() == null) {
                values.add(null);
            } else {
                values.add(labels.gold().isEmpty() ? "none" : String.join("; ", labels.gold()));
            }
        }
        return values;
    }

    @Override
    public void writeJson(ExportedPost post, JsonGenerator json) throws IOException {
        if (schemas.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("labels");
        for (Map.Entry<String, PostLabels> schema : new TreeMap<>(labelsOf(post)).entrySet()) {
            PostLabels labels = schema.getValue();
            json.writeObjectFieldStart(schema.getKey());
            json.writeFieldName("gold");
            writeLabels(json, labels.gold());
            if (labels.adjudicated() != null) {
                json.writeFieldName("adjudicated");
                writeLabels(json, labels.adjudicated());
            }
            json.writeObjectFieldStart("by");
            for (Map.Entry<String, List<String>> annotator : labels.by().entrySet()) {
                json.writeFieldName(annotator.getKey());
                writeLabels(json, annotator.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeLabels(JsonGenerator json, List<String> labels) throws IOException {
        if (labels == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray();
        for (String label : labels) {
            json.writeString(label);
        }
        json.writeEndArray();
    }

    private Map<String, PostLabels> labelsOf(ExportedPost post) {
        long id = post.post().id();
        if (!schemas.isEmpty() && !loaded.contains(id)) {
            load(List.of(id));
        }
        return labels.getOrDefault(id, Map.of());
    }

    private void load(List<Long> postIds) {
        loaded.addAll(postIds);
        for (LabelSchema schema : schemas) {
            List<Annotation> current = annotations.current(schema.id(), postIds);
            Map<Long, List<String>> gold = GoldLabels.of(current).labels();
            Map<Long, List<String>> adjudicated = new HashMap<>();
            Map<Long, Map<String, List<String>>> by = new HashMap<>();
            for (Annotation annotation : current) {
                if (annotation.adjudication()) {
                    adjudicated.put(annotation.postId(), annotation.labels());
                } else {
                    by.computeIfAbsent(annotation.postId(), post -> new TreeMap<>())
                            .put(annotation.annotator(), annotation.labels());
                }
            }
            Set<Long> posts = new HashSet<>(by.keySet());
            posts.addAll(adjudicated.keySet());
            for (long post : posts) {
                labels.computeIfAbsent(post, p -> new HashMap<>()).put(schema.name(),
                        new PostLabels(gold.get(post), adjudicated.get(post), by.getOrDefault(post, Map.of())));
            }
        }
    }
}
