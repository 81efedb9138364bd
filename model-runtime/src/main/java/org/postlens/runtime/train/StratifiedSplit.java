package org.postlens.runtime.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Carves a validation split out of a data set that has none, keeping each label's share (multi-label: each
 * label set's share), reproducibly: the same examples and seed give the same split. Examples keep their
 * order within each split.
 */
public final class StratifiedSplit {

    private StratifiedSplit() {}

    /**
     * @param validationShare the share of each stratum that goes to validation, e.g. 0.1; a stratum of one
     *     example stays in train
     */
    public static TrainingData of(List<String> labels, boolean multiLabel, List<LabelledText> examples, double validationShare, long seed) {
        if (!(validationShare > 0 && validationShare < 1)) {
            throw new IllegalArgumentException("the validation share must be between 0 and 1: " + validationShare);
        }
        Map<String, List<Integer>> strata = new TreeMap<>();
        for (int i = 0; i < examples.size(); i++) {
            List<String> set = new ArrayList<>(examples.get(i).labels());
            Collections.sort(set);
            strata.computeIfAbsent(String.join("\u0001", set), key -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        boolean[] validation = new boolean[examples.size()];
        for (List<Integer> stratum : strata.values()) {
            Collections.shuffle(stratum, random);
            int take = stratum.size() < 2 ? 0 : (int) Math.max(1, Math.round(stratum.size() * validationShare));
            for (int k = 0; k < take; k++) {
                validation[stratum.get(k)] = true;
            }
        }
        List<LabelledText> train = new ArrayList<>();
        List<LabelledText> held = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            (validation[i] ? held : train).add(examples.get(i));
        }
        return new TrainingData(labels, multiLabel, train, held);
    }
}
