package org.postlens.app.domain;

/**
 * A post in the "most uncertain" labelling queue: what the latest active-learning run predicted for it.
 *
 * @param uncertainty 0 (sure) to 1 (cannot tell), see {@code org.postlens.runtime.learn.Uncertainty}
 * @param label the predicted label (multi-label: every label given, {@link PredictedLabels})
 * @param score the top label's score
 */
public record UncertainPost(long postId, double uncertainty, String label, double score) {}
