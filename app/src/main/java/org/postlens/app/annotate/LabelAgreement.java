package org.postlens.app.annotate;

/**
 * Agreement on one label, seen as a yes/no variable ("this label or not").
 *
 * @param kappa Cohen's kappa when exactly two annotators coded the schema; null otherwise
 */
public record LabelAgreement(String label, AlphaResult alpha, KappaResult kappa) {}
