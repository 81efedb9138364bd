package org.postlens.runtime.pack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds a pack's labels in output order: {@code labels.txt}, else DJL's {@code synset.txt} (one label a
 * line), else the {@code id2label} map of the Hugging Face {@code config.json} that djl-convert copies
 * into the folder.
 */
final class LabelListReader {

    static final List<String> LINE_FILES = List.of("labels.txt", "synset.txt");
    static final String HF_CONFIG = "config.json";

    private LabelListReader() {}

    static List<String> read(Path folder, String packId) throws InvalidModelPackException {
        for (String name : LINE_FILES) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                return checked(fromLines(file, packId), name, packId);
            }
        }
        Path config = folder.resolve(HF_CONFIG);
        if (Files.isRegularFile(config)) {
            return checked(fromId2Label(config, packId), HF_CONFIG + " id2label", packId);
        }
        throw new InvalidModelPackException(packId,
                "no label list: expected labels.txt or synset.txt (one label a line, in output order) or config.json with id2label");
    }

    /** True when the Hugging Face config declares independent labels (sigmoid rather than softmax). */
    static boolean configSaysMultiLabel(Path folder) {
        Path config = folder.resolve(HF_CONFIG);
        if (!Files.isRegularFile(config)) {
            return false;
        }
        try {
            JsonElement type = JsonParser.parseString(Files.readString(config)).getAsJsonObject().get("problem_type");
            return type != null && type.isJsonPrimitive() && "multi_label_classification".equals(type.getAsString());
        } catch (IOException | RuntimeException e) {
            return false; // read again, with a proper message, when the labels come from it
        }
    }

    private static List<String> fromLines(Path file, String packId) throws InvalidModelPackException {
        List<String> lines;
        try {
            lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidModelPackException(packId, file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1); // a trailing newline is not a label
        }
        return lines.stream().map(String::strip).toList();
    }

    private static List<String> fromId2Label(Path config, String packId) throws InvalidModelPackException {
        JsonObject id2label;
        try {
            JsonElement element = JsonParser.parseString(Files.readString(config, StandardCharsets.UTF_8))
                    .getAsJsonObject().get("id2label");
            if (element == null || !element.isJsonObject()) {
                throw new InvalidModelPackException(packId, "config.json has no id2label map and there is no labels.txt");
            }
            id2label = element.getAsJsonObject();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new InvalidModelPackException(packId, "config.json cannot be read: " + e.getMessage(), e);
        }
        Map<Integer, String> byIndex = new TreeMap<>();
        for (Map.Entry<String, JsonElement> entry : id2label.entrySet()) {
            try {
                byIndex.put(Integer.parseInt(entry.getKey().strip()), entry.getValue().getAsString().strip());
            } catch (RuntimeException e) {
                throw new InvalidModelPackException(packId, "config.json id2label key '" + entry.getKey() + "' is not an index");
            }
        }
        List<String> labels = new ArrayList<>(byIndex.values());
        if (!byIndex.isEmpty() && !byIndex.keySet().equals(indices(labels.size()))) {
            throw new InvalidModelPackException(packId, "config.json id2label indices are not 0.." + (labels.size() - 1) + ": " + byIndex.keySet());
        }
        return labels;
    }

    private static Set<Integer> indices(int count) {
        Set<Integer> set = new HashSet<>();
        for (int i = 0; i < count; i++) {
            set.add(i);
        }
        return set;
    }

    private static List<String> checked(List<String> labels, String source, String packId) throws InvalidModelPackException {
        if (labels.isEmpty()) {
            throw new InvalidModelPackException(packId, source + " lists no labels");
        }
        if (labels.stream().anyMatch(String::isBlank)) {
            throw new InvalidModelPackException(packId, source + " has a blank label (line " + (labels.indexOf("") + 1) + ")");
        }
        if (new HashSet<>(labels).size() != labels.size()) {
            throw new InvalidModelPackException(packId, source + " lists a label twice: " + labels);
        }
        return labels;
    }
}
