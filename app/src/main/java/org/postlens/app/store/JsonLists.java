package org.postlens.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Lists of strings (labels, tags) as they are stored in a TEXT column: a JSON array. */
final class JsonLists {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private JsonLists() {
    }

    static String write(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> read(String stored) {
        try {
            return List.copyOf(JSON.readValue(stored, STRINGS));
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored label list is not a JSON array of strings: " + stored, e);
        }
    }
}
