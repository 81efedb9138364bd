package org.postlens.app.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The Jackson set-up shared by the JSON readers, and the wording of their problems. */
final class JsonRecordSupport {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    static {
        // Oversized strings are rejected per record by FieldSizeLimit; Jackson's own cap would end the whole file.
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(FieldSizeLimit.MAX_RECORD_CHARS)
                .build());
    }

    private JsonRecordSupport() {
    }

    static String notAnObjectReason(JsonNode node) {
        return "expected a JSON object, found " + describe(node);
    }

    static String describe(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }

    static String malformedReason(com.fasterxml.jackson.core.JsonProcessingException e) {
        String message = e.getOriginalMessage();
        String firstLine = message == null ? "unreadable" : message.lines().findFirst().orElse(message);
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + firstLine;
        }
        return "malformed JSON: " + firstLine;
    }
}
