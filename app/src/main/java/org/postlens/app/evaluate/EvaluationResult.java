package org.postlens.app.evaluate;

import java.util.List;

/**
 * A run measured against gold labels, overall and broken down.
 *
 * @param posts             posts with a gold label
 * @param withoutPrediction those the run gave nothing: counted, and left out of every figure
 * @param unseenLabels      labels of the schema that occur neither in the gold labels nor in the predictions
 * @param breakdowns        by language, by platform, by import source, in that order
 */
public record EvaluationResult(EvaluationSubject subject, List<String> labels, boolean multiLabel, int posts,
                               int withoutPrediction, EvaluationFigures overall, List<String> unseenLabels,
                               List<Breakdown> breakdowns) {

    public EvaluationResult {
        labels = List.copyOf(labels);
        unseenLabels = List.copyOf(unseenLabels);
        breakdowns = List.copyOf(breakdowns);
    }

    public int measured() {
        return posts - withoutPrediction;
    }
}
