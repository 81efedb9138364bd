package org.postlens.app.annotate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Agreement of the annotators of one label schema: Krippendorff's alpha for any number of annotators with
 * missing labels, Cohen's kappa when there are exactly two, overall and per label.
 *
 * <p>Per label, each annotator's coding of a unit becomes "yes" (the label is among those given) or "no"; that
 * binary view is nominal. Overall, a single-label schema is one variable whose values are the labels (nominal,
 * or ordinal along the schema's label order). A multi-label schema has no single variable: each label is one,
 * and the overall figure is the unweighted mean over the labels whose figure is defined.
 */
public final class SchemaAgreement {

    static final String YES = "yes";
    static final String NO = "no";

    private SchemaAgreement() {
    }

    /**
     * @param labels     the schema's labels in its order (the ranking for {@link MeasurementLevel#ORDINAL})
     * @param multiLabel whether an annotator may give a unit any number of labels
     * @throws IllegalArgumentException when a single-label unit carries other than one label from an annotator, or
     *     an ordinal schema meets a label outside its order
     */
    public static AgreementReport measure(List<CodedUnit> units, List<String> labels, boolean multiLabel,
            MeasurementLevel level) {
        return measure(units, labels, multiLabel, level, labels);
    }

    /**
     * Like {@link #measure(List, List, boolean, MeasurementLevel)} with an ordinal scale of its own: labels off
     * {@code ranking} (a verdict scale's "unverifiable") are left out of the overall ordinal alpha as if missing,
     * and the note says how many. Per-label figures are nominal and see every label.
     */
    public static AgreementReport measure(List<CodedUnit> units, List<String> labels, boolean multiLabel,
            MeasurementLevel level, List<String> ranking) {
        if (multiLabel && level == MeasurementLevel.ORDINAL) {
            throw new IllegalArgumentException("a multi-label schema has no order: its labels are yes/no variables");
        }
        Set<String> annotatorSet = new TreeSet<>();
        Set<String> unlisted = new TreeSet<>();
        int pairable = 0;
        for (CodedUnit unit : units) {
            annotatorSet.addAll(unit.labelsByAnnotator().keySet());
            pairable += unit.labelsByAnnotator().size() >= 2 ? 1 : 0;
            for (Map.Entry<String, Set<String>> coding : unit.labelsByAnnotator().entrySet()) {
                if (!multiLabel && coding.getValue().size() != 1) {
                    throw new IllegalArgumentException(coding.getKey() + " gave unit " + unit.unit() + " "
                            + coding.getValue().size() + " labels in a single-label schema");
                }
                coding.getValue().stream().filter(given -> !labels.contains(given)).forEach(unlisted::add);
            }
        }
        Set<String> allLabels = new LinkedHashSet<>(labels);
        allLabels.addAll(unlisted);
        List<String> annotators = List.copyOf(annotatorSet);
        boolean twoCoders = annotators.size() == 2;

        List<LabelAgreement> perLabel = new ArrayList<>();
        for (String label : allLabels) {
            List<List<String>> binary = new ArrayList<>();
            for (CodedUnit unit : units) {
                binary.add(unit.labelsByAnnotator().values().stream().map(given -> given.contains(label) ? YES : NO).toList());
            }
            KappaResult kappa = twoCoders ? kappa(units, annotators, given -> given.contains(label) ? YES : NO) : null;
            perLabel.add(new LabelAgreement(label, KrippendorffAlpha.nominal(binary), kappa));
        }

        double alpha;
        String alphaNote;
        double kappa;
        String kappaNote;
        if (multiLabel) {
            alpha = meanOfDefined(perLabel, l -> l.alpha().defined() ? l.alpha().alpha() : Double.NaN);
            alphaNote = meanNote("alpha", perLabel.stream().filter(l -> l.alpha().defined()).count(), perLabel.size());
            if (twoCoders) {
                kappa = meanOfDefined(perLabel, l -> l.kappa().defined() ? l.kappa().kappa() : Double.NaN);
                kappaNote = meanNote("kappa", perLabel.stream().filter(l -> l.kappa().defined()).count(), perLabel.size());
            } else {
                kappa = Double.NaN;
                kappaNote = kappaNeedsTwo(annotators.size());
            }
        } else {
            boolean ordinal = level == MeasurementLevel.ORDINAL;
            List<List<String>> values = new ArrayList<>();
            int offScale = 0;
            for (CodedUnit unit : units) {
                List<String> given = unit.labelsByAnnotator().values().stream().map(labelSet -> labelSet.iterator().next()).toList();
                List<String> kept = ordinal ? given.stream().filter(ranking::contains).toList() : given;
                offScale += given.size() - kept.size();
                values.add(kept);
            }
            AlphaResult overall = KrippendorffAlpha.of(values, level, ranking);
            alpha = overall.alpha();
            if (!overall.defined()) {
                alphaNote = overall.undefinedReason();
            } else if (ordinal) {
                alphaNote = "ordinal alpha along " + String.join(" < ", ranking)
                        + (offScale == 0 ? "" : "; " + offScale + " labels off that scale left out");
            } else {
                alphaNote = "nominal alpha over the labels";
            }
            if (twoCoders) {
                KappaResult overallKappa = kappa(units, annotators, given -> given.iterator().next());
                kappa = overallKappa.kappa();
                kappaNote = overallKappa.defined() ? "Cohen's kappa of " + annotators.get(0) + " and " + annotators.get(1)
                        : overallKappa.undefinedReason();
            } else {
                kappa = Double.NaN;
                kappaNote = kappaNeedsTwo(annotators.size());
            }
        }
        return new AgreementReport(multiLabel, level, annotators, units.size(), pairable, alpha, alphaNote, kappa,
                kappaNote, perLabel);
    }

    private static KappaResult kappa(List<CodedUnit> units, List<String> annotators,
            Function<Set<String>, String> value) {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (CodedUnit unit : units) {
            Set<String> a = unit.labelsByAnnotator().get(annotators.get(0));
            Set<String> b = unit.labelsByAnnotator().get(annotators.get(1));
            first.add(a == null ? null : value.apply(a));
            second.add(b == null ? null : value.apply(b));
        }
        return CohenKappa.of(first, second);
    }

    private static double meanOfDefined(List<LabelAgreement> perLabel, ToDoubleFunction<LabelAgreement> figure) {
        return perLabel.stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    private static String meanNote(String figure, long defined, int labels) {
        if (defined == 0) {
            return "no label has a defined " + figure + " (no label varies between units and annotators)";
        }
        return "mean " + figure + " over " + defined + " of " + labels + " labels (each label a yes/no variable"
                + (defined < labels ? "; the others are undefined" : "") + ")";
    }

    private static String kappaNeedsTwo(int annotators) {
        return "Cohen's kappa needs exactly two annotators; this schema has " + annotators + " (see alpha)";
    }
}
