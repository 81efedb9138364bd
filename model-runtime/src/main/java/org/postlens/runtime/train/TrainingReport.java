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
 */
public record TrainingReport(ModelFamily family, long seed, String metric, double value, int bestEpoch, int epochs,
        int trainExamples, int validationExamples, ClassificationMetrics validation, float[] thresholds, double seconds) {}
