package org.postlens.runtime.train;

import java.util.List;
import java.util.Map;
import org.postlens.runtime.pack.PackTargets;

/**
 * What a model card says about a trained model besides its figures.
 *
 * @param id the pack id (and folder name by convention), e.g. {@code irony-en}
 * @param target what the task is about where a task has one pack per target (stance: {@code abortion}); null
 *     otherwise. Written to the card and serving.properties, it makes the pack's predictions a column of their own
 * @param languages ISO 639-1 codes the model is meant for
 * @param trainingData the data set and split it was trained on, e.g. "TweetEval irony, train split"
 * @param licence the training data's licence as its source states it
 * @param metric the headline figure's name (see {@code ClassificationMetrics.value}); null for the trainer's
 * @param seed the seed the model was trained with, for the card; null for the trainer's. When given it must
 *     equal the trainer's: a card must not claim a seed the model was not trained with
 * @param extra further card fields (e.g. {@code "notes"}), written as strings at the card's top level
 */
public record PackDescription(String id, String version, String task, String target, List<String> languages, String trainingData,
        String licence, String metric, Long seed, Map<String, String> extra) {

    public PackDescription {
        if (id == null || id.isBlank() || task == null || task.isBlank()) {
            throw new IllegalArgumentException("a pack needs an id and a task");
        }
        if (languages == null || languages.isEmpty()) {
            throw new IllegalArgumentException("a pack needs at least one language");
        }
        if (target != null && !PackTargets.isValid(target)) {
            throw new IllegalArgumentException("target '" + target + "' " + PackTargets.RULE);
        }
        languages = List.copyOf(languages);
        version = version == null || version.isBlank() ? "1.0.0" : version;
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public static PackDescription of(String id, String version, String task, List<String> languages, String trainingData, String licence) {
        return new PackDescription(id, version, task, null, languages, trainingData, licence, null, null, Map.of());
    }

    public PackDescription withTarget(String value) {
        return new PackDescription(id, version, task, value, languages, trainingData, licence, metric, seed, extra);
    }

    public PackDescription withMetric(String name) {
        return new PackDescription(id, version, task, target, languages, trainingData, licence, name, seed, extra);
    }

    public PackDescription withSeed(long value) {
        return new PackDescription(id, version, task, target, languages, trainingData, licence, metric, value, extra);
    }

    public PackDescription withExtra(Map<String, String> fields) {
        return new PackDescription(id, version, task, target, languages, trainingData, licence, metric, seed, fields);
    }
}
