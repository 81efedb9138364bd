package org.postlens.app.training;

import org.postlens.resources.ReferenceFigures;
import org.postlens.runtime.eval.ClassificationMetrics;

/**
 * A pack measured on labelled data.
 *
 * @param split     which rows were used: a data set's validation split, or every row of a file of the user's own
 * @param metric    the metric the task's literature uses for this language
 * @param reference published figures on the data set's test split, where the task definitions give them; else null
 */
public record Evaluation(String packId, String task, String language, String dataName, String split, int rowsLeftOut,
                         String metric, ClassificationMetrics metrics, ReferenceFigures reference) {

    public double value() {
        return metrics.value(metric);
    }
}
