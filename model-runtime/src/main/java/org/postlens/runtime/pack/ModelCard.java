package org.postlens.runtime.pack;

import java.util.List;
import java.util.Map;

/**
 * What a pack's {@code model-card.json} says about its model: what it does, what it was trained on and
 * how well it did, and the sha256 of the model file so that a changed or truncated file is caught.
 *
 * @param id the pack id; null to use the folder name
 * @param target what a stance-like task is about (e.g. {@code "abortion"}); null for tasks without one
 * @param trainingData the data set(s) the model was trained on; null when not stated
 * @param trainingDataLicence the licence of that data; null when not stated
 * @param metrics figures as the data set's literature names them, e.g. {@code "validation.macro_f1"}
 * @param modelFile the model file name inside the pack; null to find it from serving.properties
 */
public record ModelCard(
        String id,
        String version,
        String task,
        String target,
        List<String> languages,
        boolean multiLabel,
        String modelFile,
        String sha256,
        String trainingData,
        String trainingDataLicence,
        Map<String, Double> metrics) {

    public static final String FILE_NAME = "model-card.json";

    public ModelCard {
        languages = languages == null ? List.of() : List.copyOf(languages);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }
}
