package org.postlens.runtime.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.postlens.runtime.train.LabelledText;

/**
 * Seeded, stratified arrangements of labelled examples: k folds for cross-validation, and an order whose every
 * prefix keeps each label's share (for the learning curve's growing subsets). Strata are label sets, so
 * multi-label examples are stratified by their whole set. The same examples and seed always give the same answer.
 */
public final class StratifiedFolds {

    private StratifiedFolds() {}

    /**
     * Each example's fold, 0 to {@code k - 1}: every stratum is shuffled and dealt round-robin, continuing from
     * one stratum to the next, so that fold sizes differ by at most one and each label spreads over the folds.
     */
    public static int[] assign(List<LabelledText> examples, int k, long seed) {
        if (k < 2 || k > examples.size()) {
            throw new IllegalArgumentException(k + " folds for " + examples.size() + " examples: need 2 <= folds <= examples");
        }
        int[] folds = new int[examples.size()];
        int next = 0;
        Random random = new Random(seed);
        for (List<Integer> stratum : strata(examples).values()) {
            Collections.shuffle(stratum, random);
            for (int index : stratum) {
                folds[index] = next++ % k;
            }
        }
        return folds;
    }

    /**
     * The example indices in an order whose prefixes keep each stratum's share: each stratum is shuffled and its
     * i-th of n members placed at (i + 0.5) / n along the order, ties broken by stratum. The first 20 of 1,000
     * examples are then a stratified sample of 20, and contain the first 10.
     */
    public static int[] nestedOrder(List<LabelledText> examples, long seed) {
        record Placed(int index, double position, int stratum) {}
        Random random = new Random(seed);
        List<Placed> placed = new ArrayList<>(examples.size());
        int s = 0;
        for (List<Integer> stratum : strata(examples).values()) {
            Collections.shuffle(stratum, random);
            for (int i = 0; i < stratum.size(); i++) {
                placed.add(new Placed(stratum.get(i), (i + 0.5) / stratum.size(), s));
            }
            s++;
        }
        placed.sort(Comparator.comparingDouble(Placed::position).thenComparingInt(Placed::stratum));
        return placed.stream().mapToInt(Placed::index).toArray();
    }

    private static Map<String, List<Integer>> strata(List<LabelledText> examples) {
        Map<String, List<Integer>> strata = new TreeMap<>();
        for (int i = 0; i < examples.size(); i++) {
            List<String> set = new ArrayList<>(examples.get(i).labels());
            Collections.sort(set);
            strata.computeIfAbsent(String.join("\u0001", set), key -> new ArrayList<>()).add(i);
        }
        return strata;
    }
}
