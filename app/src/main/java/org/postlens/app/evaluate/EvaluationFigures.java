package org.postlens.app.evaluate;

import java.util.List;
import org.postlens.runtime.eval.LabelScores;

/**
 * The figures of a set of posts with predictions. Averages follow scikit-learn: macro over the labels that occur
 * among these posts' gold labels or predictions (so a label never predicted but in the gold counts, with F1 0),
 * weighted by each label's gold support; micro F1 over the pooled counts. Every figure is NaN when no post was
 * measured.
 *
 * @param examples  posts measured (with a prediction)
 * @param perLabel  the labels that occur, in the schema's order, then labels the schema does not list
 * @param confusion single-label only; null for multi-label schemas
 */
public record EvaluationFigures(int examples, double accuracy, double microF1, double macroF1, double weightedF1,
                                double macroPrecision, double macroRecall, double weightedPrecision,
                                double weightedRecall, List<LabelScores> perLabel, ConfusionMatrix confusion) {

    public EvaluationFigures {
        perLabel = List.copyOf(perLabel);
    }

    static EvaluationFigures none(boolean multiLabel) {
        return new EvaluationFigures(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, List.of(), multiLabel ? null : new ConfusionMatrix(List.of(), new int[0][]));
    }
}
