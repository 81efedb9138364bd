package org.postlens.app.evaluate;

/**
 * The figures of one group of a breakdown (one language, platform or import source).
 *
 * @param posts             posts of the group with a gold label
 * @param withoutPrediction those of them the run gave nothing (counted here, left out of the figures)
 */
public record GroupEvaluation(String group, int posts, int withoutPrediction, EvaluationFigures figures) {}
