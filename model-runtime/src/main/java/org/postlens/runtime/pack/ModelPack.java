package org.postlens.runtime.pack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A model folder that passed {@link ModelPackLoader}'s checks: files present, checksum right, outputs
 * the shape the labels say.
 *
 * @param engine the DJL engine name, e.g. {@code "OnnxRuntime"} or {@code "PyTorch"}
 * @param tokenizerFile the pack's {@code tokenizer.json}; null for models that take no tokens
 * @param servingProperties every key of {@code serving.properties}, DJL's and ours
 */
public record ModelPack(
        Path folder,
        String id,
        String version,
        String task,
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

    /** DJL's {@code includeTokenTypes} key, as djl-convert writes it for BERT-like models. */
    public boolean declaresTokenTypes() {
        return Boolean.parseBoolean(servingProperties.getOrDefault("includeTokenTypes", "false"));
    }

    /** Longest input in tokens; longer texts are truncated. DJL's {@code maxLength} key, default 512. */
    public int maxLength() {
        return Integer.parseInt(servingProperties.getOrDefault("maxLength", "512").trim());
    }
}
