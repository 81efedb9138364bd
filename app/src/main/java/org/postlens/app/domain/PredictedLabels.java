package org.postlens.app.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How a multi-label prediction is one stored label: every label whose score passes the model's threshold, highest
 * score first, joined by {@value #SEPARATOR}; {@value #NONE} when no label passes. A single-label prediction's
 * label is stored as it is, so it reads back as a list of one.
 */
public final class PredictedLabels {

    /** No label of the shipped tasks holds it (propaganda technique names hold commas and slashes). */
    public static final String SEPARATOR = "; ";
    public static final String NONE = "none";
    /** Trained multi-label packs fold each label's tuned threshold into its bias, so 0.5 is every label's. */
    public static final double THRESHOLD = 0.5;

    private PredictedLabels() {
    }

    /** The labels that pass the threshold, highest score first. */
    public static List<String> passing(Map<String, Double> scores) {
        List<Map.Entry<String, Double>> passed = new ArrayList<>();
        for (Map.Entry<String, Double> entry : scores.entrySet()) {
            if (entry.getValue() >= THRESHOLD) {
                passed.add(entry);
            }
        }
        passed.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        return passed.stream().map(Map.Entry::getKey).toList();
    }

    /** The stored form of a multi-label prediction's labels. */
    public static String join(List<String> labels) {
        return labels.isEmpty() ? NONE : String.join(SEPARATOR, labels);
    }

    /** The labels of a stored multi-label prediction; empty for {@value #NONE}. */
    public static List<String> split(String stored) {
        if (stored == null || stored.equals(NONE)) {
            return List.of();
        }
        return Arrays.asList(stored.split(SEPARATOR, -1));
    }
}
