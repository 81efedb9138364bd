package org.postlens.runtime.eval;

/**
 * One label's figures: precision, recall and F1 (0 where a ratio has nothing to divide by, as scikit-learn
 * does by default) and support (how many gold examples carry the label).
 */
public record LabelScores(String label, double precision, double recall, double f1, int support) {}
