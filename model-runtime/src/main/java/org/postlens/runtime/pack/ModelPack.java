package org.postlens.runtime.pack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A model folder that passed {@link ModelPackLoader}'s checks: files present, checksum right, outputs
 * the shape the labels say.
 *
 * @param target what the task is about, for tasks with one pack per target (stance: "abortion", "climate", …);
 *     null otherwise
 * @param engine the DJL engine name, e.g. {@code "OnnxRuntime"} or {@code "PyTorch"}
 * @param tokenizerFile the pack's {@code tokenizer.json}; null for models that take no tokens
 * @param servingProperties every key of {@code serving.properties}, DJL's and ours
 */
public record ModelPack(
        Path folder,
        String id,
        String version,
        String task,
        String target,
        List<String> languages,
        List<String> labels,
        boolean multiLabel,
        String engine,
        Path modelFile,
        Path tokenizerFile,
        ModelCard card,
        Map<String, String> servingProperties) {

    public ModelPack {
        languages = List.copyOf(languages);
        labels = List.copyOf(labels);
        servingProperties = Map.copyOf(servingProperties);
    }

    /** Between task and target in a {@link #taskKey() task key}. */
    public static final String TARGET_SEPARATOR = ":";

    /**
     * What the pack's predictions are stored, shown and exported under: the task, or task and target
     * ({@code "stance:abortion"}), so that each target of a task is a task of its own to the app.
     */
    public String taskKey() {
        return target == null ? task : task + TARGET_SEPARATOR + target;
    }

    /** DJL's {@code includeTokenTypes} key, as djl-convert writes it for BERT-like models. */
    public boolean declaresTokenTypes() {
        return Boolean.parseBoolean(servingProperties.getOrDefault("includeTokenTypes", "false"));
    }

    /** Longest input in tokens; longer texts are truncated. DJL's {@code maxLength} key, default 512. */
    public int maxLength() {
        return Integer.parseInt(servingProperties.getOrDefault("maxLength", "512").trim());
    }
}
