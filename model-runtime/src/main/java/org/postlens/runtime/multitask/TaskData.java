package org.postlens.runtime.multitask;

import org.postlens.runtime.train.TrainingData;

/**
 * One task of a multi-task run: its data and how it is judged.
 *
 * @param name the task's name in the pack and on the card (e.g. {@code sentiment}, {@code stance:abortion}); one head
 * @param dataSet the data set it comes from (tasks of one data set are grouped by {@link Ordering#BY_DATASET})
 * @param metric the validation figure (a {@link org.postlens.runtime.eval.ClassificationMetrics#value} name)
 */
public record TaskData(String name, String dataSet, String metric, TrainingData data) {

    public TaskData {
        if (name == null || name.isBlank() || name.contains("\n") || name.contains("\t")) {
            throw new IllegalArgumentException("a task needs a one-line name, not " + name);
        }
        if (data.train().isEmpty() || data.validation().isEmpty()) {
            throw new IllegalArgumentException(name + " needs training and validation examples");
        }
    }
}
