package org.postlens.runtime.train;

import java.util.List;

/**
 * A labelled data set ready for training: its label set, a training split and a validation split used
 * for model selection and the figures a model card reports (never a test split).
 *
 * @param labels every label, in the order the model's outputs will have
 */
public record TrainingData(List<String> labels, boolean multiLabel, List<LabelledText> train, List<LabelledText> validation) {

    public TrainingData {
        labels = List.copyOf(labels);
        train = List.copyOf(train);
        validation = List.copyOf(validation);
    }
}
