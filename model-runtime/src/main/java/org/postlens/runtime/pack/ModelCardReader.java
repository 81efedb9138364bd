package org.postlens.runtime.pack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code model-card.json}; see {@code model-runtime/MODEL-PACKS.md} for its fields. */
final class ModelCardReader {

    private ModelCardReader() {}

    static ModelCard read(Path file, String packId) throws InvalidModelPackException {
        JsonObject json;
        try {
            json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new InvalidModelPackException(packId, ModelCard.FILE_NAME + " is not a readable JSON object: " + e.getMessage(), e);
        }
        try {
            JsonObject training = json.has("trainingData") && json.get("trainingData").isJsonObject()
                    ? json.getAsJsonObject("trainingData") : new JsonObject();
            return new ModelCard(
                    text(json, "id"),
                    text(json, "version"),
                    text(json, "task"),
                    text(json, "target"),
                    texts(json, "languages"),
                    json.has("multiLabel") && json.get("multiLabel").getAsBoolean(),
                    text(json, "modelFile"),
                    text(json, "sha256"),
                    json.has("trainingData") && json.get("trainingData").isJsonPrimitive()
                            ? json.get("trainingData").getAsString() : text(training, "name"),
                    text(training, "licence"),
                    metrics(json));
        } catch (RuntimeException e) {
            throw new InvalidModelPackException(packId, ModelCard.FILE_NAME + " has a field of the wrong type: " + e.getMessage(), e);
        }
    }

    private static String text(JsonObject json, String key) {
        JsonElement value = json.get(key);
        return value == null || value.isJsonNull() ? null : value.getAsString().strip();
    }

    private static List<String> texts(JsonObject json, String key) {
        List<String> values = new ArrayList<>();
        JsonElement value = json.get(key);
        if (value != null && value.isJsonArray()) {
            JsonArray array = value.getAsJsonArray();
            array.forEach(element -> values.add(element.getAsString().strip()));
        }
        return values;
    }

    /** Flattens nested objects into dotted keys: {"validation": {"macro_f1": 0.7}} → validation.macro_f1. */
    private static Map<String, Double> metrics(JsonObject json) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (json.has("metrics") && json.get("metrics").isJsonObject()) {
            flatten("", json.getAsJsonObject("metrics"), metrics);
        }
        return metrics;
    }

    private static void flatten(String prefix, JsonObject object, Map<String, Double> into) {
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            String key = prefix + entry.getKey();
            if (entry.getValue().isJsonObject()) {
                flatten(key + ".", entry.getValue().getAsJsonObject(), into);
            } else {
                into.put(key, entry.getValue().getAsDouble());
            }
        }
    }
}
