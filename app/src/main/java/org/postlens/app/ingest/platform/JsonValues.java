package org.postlens.app.ingest.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.postlens.app.ingest.CountParser;

/** Reads values out of export JSON, where numbers are often written as strings and any field may be missing. */
final class JsonValues {

    private JsonValues() {
    }

    /** The node at a dotted path ({@code legacy.full_text}), or a missing node. */
    static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String name : path.split("\\.")) {
            if (current == null || !current.isObject()) {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
            current = current.path(name);
        }
        return current;
    }

    /** The text at the first of the paths that holds a non-blank scalar, or {@code null}. */
    static String text(JsonNode node, String... paths) {
        for (String path : paths) {
            JsonNode value = at(node, path);
            if (value.isValueNode() && !value.isNull()) {
                String text = value.asText().strip();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    /** A count written as a number or a string ("12", "1,234"); {@code null} when absent or unreadable. */
    static Long count(JsonNode node, String... paths) {
        String text = text(node, paths);
        if (text == null) {
            return null;
        }
        Optional<Long> parsed = CountParser.parse(text);
        return parsed.orElse(null);
    }

    /** "en" stays; "und" (undetermined), "qme" and other "q.." codes X uses for media-only posts mean unknown. */
    static String language(String code) {
        if (code == null || code.isBlank() || code.equals("und") || code.length() == 3 && code.startsWith("q")) {
            return null;
        }
        int separator = code.indexOf('-');
        return (separator < 0 ? code : code.substring(0, separator)).toLowerCase(java.util.Locale.ROOT);
    }
}
