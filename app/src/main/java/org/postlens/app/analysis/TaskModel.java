package org.postlens.app.analysis;

import java.util.Set;
import org.postlens.runtime.TextClassifier;

/**
 * An open task model: the task it answers, the languages its pack declares, and the classifier.
 *
 * @param languages ISO 639-1 codes the model reads
 */
public record TaskModel(String task, Set<String> languages, TextClassifier classifier) {

    public TaskModel {
        languages = Set.copyOf(languages);
    }

    public String modelId() {
        return classifier.model().id();
    }

    public String version() {
        return classifier.model().version();
    }

    /** True when the model reads encoder vectors, which the job computes once per batch for all such models. */
    public boolean readsVectors() {
        return classifier.encoderId().isPresent();
    }
}
