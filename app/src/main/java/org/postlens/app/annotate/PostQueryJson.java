package org.postlens.app.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PredictionFilter;

/**
 * A posts-table query as the JSON a saved filter keeps: every field by name, absent when "any", times in epoch
 * milliseconds, so that a filter saved by this version reads back the same and a field added later defaults.
 */
public final class PostQueryJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PostQueryJson() {
    }

    public static String write(PostQuery query) {
        ObjectNode root = JSON.createObjectNode();
        putIfSet(root, "search", query.search());
        if (query.from() != null) {
            root.put("from", query.from().toEpochMilli());
        }
        if (query.to() != null) {
            root.put("to", query.to().toEpochMilli());
        }
        putIfSet(root, "author", query.author());
        putIfSet(root, "lang", query.lang());
        if (query.hasImage() != null) {
            root.put("hasImage", query.hasImage());
        }
        if (query.importSourceId() != null) {
            root.put("importSourceId", query.importSourceId());
        }
        root.put("sort", (query.sort() == null ? PostQuery.Sort.DATE : query.sort()).name());
        root.put("descending", query.descending());
        PredictionFilter prediction = query.prediction();
        if (prediction != null) {
            ObjectNode node = root.putObject("prediction");
            node.put("task", prediction.task());
            putIfSet(node, "label", prediction.label());
            if (prediction.minScore() != null) {
                node.put("minScore", prediction.minScore());
            }
            if (prediction.maxScore() != null) {
                node.put("maxScore", prediction.maxScore());
            }
        }
        PostQuery.ImageFilter images = query.images();
        if (!images.isAny()) {
            ObjectNode node = root.putObject("images");
            if (images.hasGps() != null) {
                node.put("hasGps", images.hasGps());
            }
            putIfSet(node, "camera", images.camera());
            putIfSet(node, "software", images.software());
        }
        return root.toString();
    }

    /** @throws IllegalArgumentException when the text is not a saved query */
    public static PostQuery read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a saved filter: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a saved filter: " + json);
        }
        PostQuery.Sort sort = PostQuery.Sort.DATE;
        for (PostQuery.Sort value : PostQuery.Sort.values()) {
            if (value.name().equals(root.path("sort").asText())) {
                sort = value;
            }
        }
        PredictionFilter prediction = null;
        JsonNode predicted = root.path("prediction");
        if (predicted.isObject()) {
            prediction = new PredictionFilter(predicted.path("task").asText(), text(predicted, "label"),
                    number(predicted, "minScore"), number(predicted, "maxScore"));
        }
        JsonNode images = root.path("images");
        PostQuery.ImageFilter imageFilter = images.isObject()
                ? new PostQuery.ImageFilter(bool(images, "hasGps"), text(images, "camera"), text(images, "software"))
                : PostQuery.ImageFilter.ANY;
        return new PostQuery(text(root, "search"), instant(root, "from"), instant(root, "to"), text(root, "author"),
                text(root, "lang"), bool(root, "hasImage"),
                root.hasNonNull("importSourceId") ? root.get("importSourceId").asLong() : null,
                sort, root.path("descending").asBoolean(false), prediction, imageFilter);
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static Boolean bool(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asBoolean() : null;
    }

    private static Double number(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asDouble() : null;
    }

    private static Instant instant(JsonNode node, String field) {
        return node.hasNonNull(field) ? Instant.ofEpochMilli(node.get(field).asLong()) : null;
    }
}
