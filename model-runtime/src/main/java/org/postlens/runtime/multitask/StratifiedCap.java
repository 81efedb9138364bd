package org.postlens.runtime.multitask;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.postlens.runtime.train.LabelledText;

/**
 * At most {@code cap} examples of a data set, keeping each label's share (multi-label: each label set's), as
 * LlamaLens capped its data sets; seeded, and in the data set's own order.
 */
public final class StratifiedCap {

    private StratifiedCap() {}

    public static List<LabelledText> of(List<LabelledText> examples, int cap, long seed) {
        if (cap < 1) {
            throw new IllegalArgumentException("the cap must be positive, not " + cap);
        }
        if (examples.size() <= cap) {
            return examples;
        }
        Map<String, List<Integer>> strata = new TreeMap<>();
        for (int i = 0; i < examples.size(); i++) {
            List<String> set = new ArrayList<>(examples.get(i).labels());
            Collections.sort(set);
            strata.computeIfAbsent(String.join("\u0001", set), key -> new ArrayList<>()).add(i);
        }
        // Largest remainder: each stratum's exact share rounded down, the places left to the largest remainders.
        List<String> keys = new ArrayList<>(strata.keySet());
        int[] take = new int[keys.size()];
        double[] remainder = new double[keys.size()];
        int taken = 0;
        for (int s = 0; s < keys.size(); s++) {
            double share = strata.get(keys.get(s)).size() * (double) cap / examples.size();
            take[s] = (int) Math.floor(share);
            remainder[s] = share - take[s];
            taken += take[s];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int s = 0; s < keys.size(); s++) {
            byRemainder.add(s);
        }
        byRemainder.sort(Comparator.comparingDouble((Integer s) -> -remainder[s]).thenComparing(s -> s));
        for (int k = 0; taken < cap; k++, taken++) {
            take[byRemainder.get(k)]++;
        }
        Random random = new Random(seed);
        boolean[] kept = new boolean[examples.size()];
        for (int s = 0; s < keys.size(); s++) {
            List<Integer> stratum = new ArrayList<>(strata.get(keys.get(s)));
            Collections.shuffle(stratum, random);
            for (int k = 0; k < take[s]; k++) {
                kept[stratum.get(k)] = true;
            }
        }
        List<LabelledText> capped = new ArrayList<>(cap);
        for (int i = 0; i < examples.size(); i++) {
            if (kept[i]) {
                capped.add(examples.get(i));
            }
        }
        return capped;
    }
}
