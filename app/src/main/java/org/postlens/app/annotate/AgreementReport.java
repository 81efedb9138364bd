package org.postlens.app.annotate;

import java.util.List;

/**
 * How well the annotators of one schema agree, overall and label by label, with the counts behind it.
 *
 * @param annotators    everyone who coded at least one unit
 * @param units         units coded by at least one annotator
 * @param pairableUnits units coded by at least two (the only ones agreement can use)
 * @param alpha         overall Krippendorff's alpha: for a single-label schema alpha over the labels at the
 *                      schema's level; for a multi-label schema the mean of the labels' alphas that are defined.
 *                      NaN when undefined, with {@code alphaNote} saying why
 * @param alphaNote     how the overall alpha was formed or why it is undefined
 * @param kappa         overall Cohen's kappa when exactly two annotators coded (for a multi-label schema the mean
 *                      of the labels' kappas that are defined); NaN otherwise, with {@code kappaNote} saying why
 * @param perLabel      each label of the schema, in the schema's order, then labels annotators used that the
 *                      schema does not list
 */
public record AgreementReport(boolean multiLabel, MeasurementLevel level, List<String> annotators, int units,
                              int pairableUnits, double alpha, String alphaNote, double kappa, String kappaNote,
                              List<LabelAgreement> perLabel) {

    public AgreementReport {
        annotators = List.copyOf(annotators);
        perLabel = List.copyOf(perLabel);
    }
}
