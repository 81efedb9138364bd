package org.postlens.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a JSON object into flat fields: nested objects become dotted names ({@code user.screen_name}), arrays stay
 * whole as their JSON text (e.g. {@code ["a","b"]}), {@code null} becomes an empty value.
 */
public final class JsonFlattener {

    private JsonFlattener() {
    }

    public static Map<String, String> flatten(JsonNode object) {
        Map<String, String> fields = new LinkedHashMap<>();
        flattenInto(object, "", fields);
        return fields;
    }

    private static void flattenInto(JsonNode object, String prefix, Map<String, String> fields) {
        Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String name = prefix + entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isObject()) {
                flattenInto(value, name + ".", fields);
            } else {
                fields.put(name, scalarText(value));
            }
        }
    }

    private static String scalarText(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            return value.toString();
        }
        if (value.isBigDecimal()) {
            return value.decimalValue().toPlainString();
        }
        return value.asText();
    }
}
