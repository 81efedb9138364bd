package org.postlens.runtime.train;

import org.postlens.runtime.eval.ClassificationMetrics;

/**
 * How a training run went.
 *
 * @param metric the validation figure that chose the epoch, and {@code value} its best value
 * @param bestEpoch the epoch kept (1-based); {@code epochs} how many ran
 * @param validation every figure of the kept epoch on the validation split
 * @param thresholds multi-label: each label's threshold tuned on validation (folded into the bias); null otherwise
 * @param seconds wall-clock time, features and vectors included
 * @param selectedBy what chose the kept epoch, as the model card says it ("validation macro_f1", "fixed 30 epochs, ...")
 * @param figuresFrom what {@code validation} (and {@code value}) were measured on, as the model card says it
 */
public record TrainingReport(ModelFamily family, long seed, String metric, double value, int bestEpoch, int epochs,
        int trainExamples, int validationExamples, ClassificationMetrics validation, float[] thresholds, double seconds,
        String selectedBy, String figuresFrom) {

    /** The same run with its figures measured elsewhere (e.g. cross-validation). */
    public TrainingReport withFigures(ClassificationMetrics figures, String from) {
        return new TrainingReport(family, seed, metric, figures.value(metric), bestEpoch, epochs, trainExamples, validationExamples,
                figures, thresholds, seconds, selectedBy, from);
    }
}
