package org.postlens.runtime.multitask;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.JsonUtils;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.postlens.runtime.encoder.MiniLmEncoderBlock;

/**
 * A fine-tuned multi-task encoder as a pack folder, small because it stores only what training changed: each
 * encoder weight as its difference from the base encoder's (which comes from the langchain4j jar on Maven
 * Central at load time) in half precision, leaving out weights that did not change, and the heads in full
 * precision. A difference is small, so half precision keeps it to about three significant digits of the change,
 * not of the weight.
 *
 * <pre>
 *   multitask.json          format, base encoder, tokens read, tasks (labels, metric, validation figure), notes
 *   encoder-delta.tensors   fine-tuned minus base, float16, by Hugging Face name
 *   heads.tensors           head.t.weight [labels, hidden] and head.t.bias, float32
 *   model-card.md           the card for people: each task's validation figure
 * </pre>
 */
public final class MultiTaskPack {

    public static final String DESCRIPTION = "multitask.json";
    public static final String DELTAS = "encoder-delta.tensors";
    public static final String HEADS = "heads.tensors";
    public static final String CARD = "model-card.md";
    static final String FORMAT = "postlens-multitask-1";

    /**
     * @param base the encoder the deltas are against, e.g. {@code all-MiniLM-L6-v2}
     * @param maxTokens texts are cut at this many tokens when the pack classifies
     * @param notes free lines for the card (training settings, the orderings compared, other families' figures)
     */
    public record Description(String base, int maxTokens, List<PackTask> tasks, List<String> notes) {
        public Description {
            tasks = List.copyOf(tasks);
            notes = List.copyOf(notes);
        }
    }

    private MultiTaskPack() {}

    /**
     * @param weights trained weights as {@link MultiTaskTrainer} keeps them (encoder by Hugging Face name, heads)
     * @param baseWeights the base encoder's weights by Hugging Face name (see {@link #baseWeights})
     */
    public static void write(Path folder, Map<String, float[]> weights, Map<String, float[]> baseWeights,
            Description description) throws IOException {
        Files.createDirectories(folder);
        Map<String, float[]> deltas = new LinkedHashMap<>();
        Map<String, float[]> heads = new LinkedHashMap<>();
        for (Map.Entry<String, float[]> entry : weights.entrySet()) {
            if (MultiTaskBlock.isHead(entry.getKey())) {
                heads.put(entry.getKey(), entry.getValue());
                continue;
            }
            float[] base = baseWeights.get(entry.getKey());
            if (base == null || base.length != entry.getValue().length) {
                throw new IllegalArgumentException("the base encoder has no weight " + entry.getKey() + " of that size");
            }
            float[] delta = new float[base.length];
            boolean changed = false;
            for (int i = 0; i < delta.length; i++) {
                delta[i] = entry.getValue()[i] - base[i];
                changed |= delta[i] != 0f;
            }
            if (changed) {
                deltas.put(entry.getKey(), delta);
            }
        }
        if (heads.size() != 2 * description.tasks().size()) {
            throw new IllegalArgumentException(heads.size() / 2 + " heads for " + description.tasks().size() + " tasks");
        }
        TensorFile.write(folder.resolve(DELTAS), deltas, true);
        TensorFile.write(folder.resolve(HEADS), heads, false);
        Files.writeString(folder.resolve(DESCRIPTION), JsonUtils.GSON_PRETTY.toJson(json(description)) + "\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(CARD), card(description), StandardCharsets.UTF_8);
    }

    /** The first 12 hex digits of the sha256 of the pack's description, changes and heads: a version runs can name. */
    static String version(Path folder) throws IOException {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (String file : List.of(DESCRIPTION, DELTAS, HEADS)) {
                try (java.io.InputStream in = Files.newInputStream(folder.resolve(file))) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The weights {@link MultiTaskTrainer} kept (its {@link MultiTaskTrainer.Result#bestWeights()} file). */
    public static Map<String, float[]> readTrainedWeights(Path file) throws IOException {
        return TensorFile.read(file);
    }

    /** The weights of an encoder as {@code source} gives it (weights set, not initialised), by Hugging Face name. */
    public static Map<String, float[]> baseWeights(Function<NDManager, MiniLmEncoderBlock> source) {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            Map<String, float[]> weights = new LinkedHashMap<>();
            for (Map.Entry<String, Parameter> entry : source.apply(manager).parametersByHuggingFaceName().entrySet()) {
                if (!entry.getValue().isInitialized()) {
                    throw new IllegalArgumentException("the base encoder has no weights set for " + entry.getKey());
                }
                weights.put(entry.getKey(), entry.getValue().getArray().toFloatArray());
            }
            return weights;
        }
    }

    public static Description readDescription(Path folder) throws IOException {
        Path file = folder.resolve(DESCRIPTION);
        if (!Files.isRegularFile(file)) {
            throw new IOException(folder + " is not a multi-task pack: it has no " + DESCRIPTION);
        }
        JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        if (!FORMAT.equals(root.get("format").getAsString())) {
            throw new IOException(file + " is of format " + root.get("format") + ", not " + FORMAT);
        }
        List<PackTask> tasks = new ArrayList<>();
        for (JsonElement element : root.getAsJsonArray("tasks")) {
            JsonObject task = element.getAsJsonObject();
            List<String> labels = new ArrayList<>();
            task.getAsJsonArray("labels").forEach(label -> labels.add(label.getAsString()));
            tasks.add(new PackTask(task.get("name").getAsString(), labels, task.get("multi_label").getAsBoolean(),
                    task.get("data_set").getAsString(), task.get("metric").getAsString(), task.get("validation").getAsDouble()));
        }
        List<String> notes = new ArrayList<>();
        root.getAsJsonArray("notes").forEach(note -> notes.add(note.getAsString()));
        return new Description(root.get("base").getAsString(), root.get("max_tokens").getAsInt(), tasks, notes);
    }

    /** The trained weights back: base plus deltas for the encoder, the heads as stored. */
    static Map<String, float[]> readWeights(Path folder, Map<String, float[]> baseWeights) throws IOException {
        Map<String, float[]> deltas = TensorFile.read(folder.resolve(DELTAS));
        Map<String, float[]> weights = new LinkedHashMap<>();
        for (Map.Entry<String, float[]> entry : baseWeights.entrySet()) {
            float[] delta = deltas.remove(entry.getKey());
            float[] values = entry.getValue().clone();
            if (delta != null) {
                if (delta.length != values.length) {
                    throw new IOException(folder + ": the change to " + entry.getKey() + " does not fit the base encoder");
                }
                for (int i = 0; i < values.length; i++) {
                    values[i] += delta[i];
                }
            }
            weights.put(entry.getKey(), values);
        }
        if (!deltas.isEmpty()) {
            throw new IOException(folder + " changes weights the base encoder does not have: " + deltas.keySet());
        }
        weights.putAll(TensorFile.read(folder.resolve(HEADS)));
        return weights;
    }

    private static JsonObject json(Description description) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("base", description.base());
        root.addProperty("max_tokens", description.maxTokens());
        JsonArray tasks = new JsonArray();
        for (PackTask task : description.tasks()) {
            JsonObject json = new JsonObject();
            json.addProperty("name", task.name());
            JsonArray labels = new JsonArray();
            task.labels().forEach(labels::add);
            json.add("labels", labels);
            json.addProperty("multi_label", task.multiLabel());
            json.addProperty("data_set", task.dataSet());
            json.addProperty("metric", task.metric());
            json.addProperty("validation", task.validation());
            tasks.add(json);
        }
        root.add("tasks", tasks);
        JsonArray notes = new JsonArray();
        description.notes().forEach(notes::add);
        root.add("notes", notes);
        return root;
    }

    private static String card(Description description) {
        StringBuilder card = new StringBuilder();
        card.append("# Multi-task ").append(description.base()).append(" (fine-tuned)\n\n");
        card.append("One encoder fine-tuned jointly on every task below, one head per task; one forward pass gives every ")
                .append("task's scores. Stored as float16 changes against the base encoder from Maven Central.\n\n");
        card.append("| task | data set | labels | metric | validation |\n|---|---|---|---|---|\n");
        for (PackTask task : description.tasks()) {
            card.append(String.format("| %s | %s | %d%s | %s | %.4f |%n", task.name(), task.dataSet(), task.labels().size(),
                    task.multiLabel() ? " (multi-label)" : "", task.metric(), task.validation()));
        }
        if (!description.notes().isEmpty()) {
            card.append('\n');
            description.notes().forEach(note -> card.append("- ").append(note).append('\n'));
        }
        return card.toString();
    }
}
