package org.postlens.app.annotate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Krippendorff's alpha for any number of coders and missing values, through the coincidence matrix as in
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability". Which coder gave which value does not
 * matter to alpha, only the values each unit got: a unit with fewer than two values cannot be paired and is
 * left out.
 *
 * <p>o_ck = sum over units of the ordered pairs of values (c, k) within the unit, each weighted 1 / (m_u - 1);
 * n_c = sum_k o_ck; alpha = 1 - (n - 1) * sum o_ck delta2(c, k) / sum n_c n_k delta2(c, k). Nominal:
 * delta2 = 0 for equal values, 1 otherwise. Ordinal: delta2(c, k) = (sum of n_g for g from c to k in rank order
 * - (n_c + n_k) / 2)^2.
 *
 * <p>When the pairable values are all the same, the expected disagreement is 0 and alpha is 0/0: undefined (NaN,
 * with the reason), as Krippendorff says of data without variation.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /** Nominal alpha. Each element of {@code units} holds the values one unit got (missing values left out). */
    public static AlphaResult nominal(Collection<? extends Collection<String>> units) {
        return compute(units, null);
    }

    /**
     * Ordinal alpha.
     *
     * @param ranking every value in rank order; a value outside it is an error
     */
    public static AlphaResult ordinal(Collection<? extends Collection<String>> units, List<String> ranking) {
        Objects.requireNonNull(ranking, "ranking");
        return compute(units, ranking);
    }

    public static AlphaResult of(Collection<? extends Collection<String>> units, MeasurementLevel level,
            List<String> ranking) {
        return level == MeasurementLevel.ORDINAL ? ordinal(units, ranking) : nominal(units);
    }

    private static AlphaResult compute(Collection<? extends Collection<String>> units, List<String> ranking) {
        Map<String, Integer> index = new LinkedHashMap<>();
        if (ranking != null) {
            for (String value : ranking) {
                index.putIfAbsent(value, index.size());
            }
        }
        List<int[]> pairable = new ArrayList<>();
        for (Collection<String> unit : units) {
            List<String> values = unit.stream().filter(Objects::nonNull).toList();
            if (values.size() < 2) {
                continue;
            }
            int[] indices = new int[values.size()];
            for (int i = 0; i < indices.length; i++) {
                String value = values.get(i);
                if (ranking != null && !index.containsKey(value)) {
                    throw new IllegalArgumentException("'" + value + "' is not on the ordinal scale " + ranking);
                }
                indices[i] = index.computeIfAbsent(value, v -> index.size());
            }
            pairable.add(indices);
        }
        if (pairable.isEmpty()) {
            return new AlphaResult(Double.NaN, Double.NaN, Double.NaN, 0, 0,
                    "no unit has values from two coders, so there is nothing to compare");
        }
        int size = index.size();
        double[][] coincidences = coincidences(pairable, size);
        double[] marginals = new double[size];
        double n = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                marginals[c] += coincidences[c][k];
            }
            n += marginals[c];
        }
        double[][] delta2 = ranking == null ? nominalDistances(size) : ordinalDistances(marginals);
        double observedSum = 0;
        double expectedSum = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                observedSum += coincidences[c][k] * delta2[c][k];
                expectedSum += marginals[c] * marginals[k] * delta2[c][k];
            }
        }
        double observed = observedSum / n;
        double expected = expectedSum / (n * (n - 1));
        int pairableValues = (int) Math.round(n);
        if (expectedSum == 0) {
            return new AlphaResult(Double.NaN, observed, expected, pairable.size(), pairableValues,
                    "every pairable value is the same, so chance agreement is perfect and alpha is 0/0");
        }
        return new AlphaResult(1 - observed / expected, observed, expected, pairable.size(), pairableValues, null);
    }

    private static double[][] coincidences(List<int[]> units, int size) {
        double[][] matrix = new double[size][size];
        for (int[] values : units) {
            double weight = 1.0 / (values.length - 1);
            for (int i = 0; i < values.length; i++) {
                for (int j = 0; j < values.length; j++) {
                    if (i != j) {
                        matrix[values[i]][values[j]] += weight;
                    }
                }
            }
        }
        return matrix;
    }

    private static double[][] nominalDistances(int size) {
        double[][] delta2 = new double[size][size];
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                delta2[c][k] = c == k ? 0 : 1;
            }
        }
        return delta2;
    }

    private static double[][] ordinalDistances(double[] marginals) {
        int size = marginals.length;
        double[][] delta2 = new double[size][size];
        for (int c = 0; c < size; c++) {
            double between = 0;
            for (int k = c; k < size; k++) {
                between += marginals[k];
                double distance = between - (marginals[c] + marginals[k]) / 2;
                delta2[c][k] = distance * distance;
                delta2[k][c] = delta2[c][k];
            }
        }
        return delta2;
    }
}
