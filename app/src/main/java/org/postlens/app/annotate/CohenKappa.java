package org.postlens.app.annotate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cohen's kappa for two coders and nominal labels (Cohen 1960): kappa = (p_o - p_e) / (1 - p_e), with p_o the
 * observed share of agreement and p_e the agreement expected by chance, the sum over labels of the product of
 * the two coders' shares of that label. Only units both coders coded count.
 *
 * <p>When both coders gave one and the same label to every unit, p_e is 1 and kappa is 0/0. The literature
 * calls it undefined (so do scikit-learn, which returns NaN, and Krippendorff for alpha): agreement without
 * variation says nothing about the coders. We return NaN with the reason rather than 1.0, so that a screen
 * can say why instead of showing a reassuring figure.
 */
public final class CohenKappa {

    private CohenKappa() {
    }

    /**
     * @param first  the first coder's label of each unit, null where that coder did not code the unit
     * @param second the second coder's label of the same units, in the same order
     */
    public static KappaResult of(List<String> first, List<String> second) {
        if (first.size() != second.size()) {
            throw new IllegalArgumentException(first.size() + " labels of the first coder but " + second.size()
                    + " of the second: both lists must name the same units");
        }
        Map<String, Integer> firstCounts = new HashMap<>();
        Map<String, Integer> secondCounts = new HashMap<>();
        int units = 0;
        int agreements = 0;
        for (int i = 0; i < first.size(); i++) {
            String a = first.get(i);
            String b = second.get(i);
            if (a == null || b == null) {
                continue;
            }
            units++;
            agreements += a.equals(b) ? 1 : 0;
            firstCounts.merge(a, 1, Integer::sum);
            secondCounts.merge(b, 1, Integer::sum);
        }
        if (units == 0) {
            return new KappaResult(Double.NaN, Double.NaN, Double.NaN, 0, "no unit was coded by both coders");
        }
        double observed = (double) agreements / units;
        double expected = 0;
        for (Map.Entry<String, Integer> label : firstCounts.entrySet()) {
            expected += (double) label.getValue() / units * secondCounts.getOrDefault(label.getKey(), 0) / units;
        }
        if (firstCounts.size() == 1 && firstCounts.equals(secondCounts)) {
            return new KappaResult(Double.NaN, observed, expected, units,
                    "both coders gave every unit the same label ('" + firstCounts.keySet().iterator().next()
                            + "'): kappa is 0/0 without variation");
        }
        return new KappaResult((observed - expected) / (1 - expected), observed, expected, units, null);
    }
}
