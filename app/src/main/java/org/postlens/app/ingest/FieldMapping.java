package org.postlens.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Which source column feeds each post field.
 *
 * @param columns           field → source column name; unmapped fields are absent
 * @param platform          namespace of the posts' ids ("" for a generic file)
 * @param zoneForLocalTimes zone for timestamps written without an offset (UTC when {@code null})
 */
public record FieldMapping(Map<PostField, String> columns, String platform, ZoneId zoneForLocalTimes) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public FieldMapping {
        EnumMap<PostField, String> copy = new EnumMap<>(PostField.class);
        if (columns != null) {
            columns.forEach((field, column) -> {
                if (field != null && column != null && !column.isBlank()) {
                    copy.put(field, column);
                }
            });
        }
        columns = Collections.unmodifiableMap(copy);
        platform = platform == null ? "" : platform.strip();
        zoneForLocalTimes = zoneForLocalTimes == null ? ZoneOffset.UTC : zoneForLocalTimes;
    }

    public Optional<String> column(PostField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public FieldMapping withColumn(PostField field, String column) {
        EnumMap<PostField, String> changed = new EnumMap<>(PostField.class);
        changed.putAll(columns);
        if (column == null || column.isBlank()) {
            changed.remove(field);
        } else {
            changed.put(field, column);
        }
        return new FieldMapping(changed, platform, zoneForLocalTimes);
    }

    public FieldMapping withPlatform(String newPlatform) {
        return new FieldMapping(columns, newPlatform, zoneForLocalTimes);
    }

    public FieldMapping withZone(ZoneId zone) {
        return new FieldMapping(columns, platform, zone);
    }

    /** {@code {"platform":"…","zone":"…","columns":{"TEXT":"full_text",…}}} */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("platform", platform);
        root.put("zone", zoneForLocalTimes.getId());
        ObjectNode columnNodes = root.putObject("columns");
        columns.forEach((field, column) -> columnNodes.put(field.name(), column));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads {@link #toJson()}'s form; unknown field names are ignored so newer presets still load. */
    public static FieldMapping fromJson(String json) throws IOException {
        JsonNode root = JSON.readTree(json);
        if (root == null || !root.isObject()) {
            throw new IOException("a field mapping must be a JSON object");
        }
        EnumMap<PostField, String> columns = new EnumMap<>(PostField.class);
        JsonNode columnNodes = root.path("columns");
        Iterator<Map.Entry<String, JsonNode>> entries = columnNodes.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            try {
                columns.put(PostField.valueOf(entry.getKey()), entry.getValue().asText());
            } catch (IllegalArgumentException unknownField) {
                // ignored on purpose, see the method comment
            }
        }
        String zone = root.path("zone").asText("");
        try {
            return new FieldMapping(columns, root.path("platform").asText(""), zone.isBlank() ? null : ZoneId.of(zone));
        } catch (java.time.DateTimeException e) {
            throw new IOException("unknown time zone in field mapping: " + zone, e);
        }
    }
}
