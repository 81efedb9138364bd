package org.postlens.app.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.postlens.runtime.train.LabelledText;

/**
 * Carves a validation split out of training data, keeping each label's share (for multi-label data, each label
 * combination's), the same for the same seed and input order.
 */
final class StratifiedSplit {

    private StratifiedSplit() {
    }

    record Parts(List<LabelledText> train, List<LabelledText> validation) {
    }

    static Parts split(List<LabelledText> examples, double validationFraction, long seed) {
        Map<String, List<LabelledText>> strata = new LinkedHashMap<>();
        for (LabelledText example : examples) {
            List<String> key = new ArrayList<>(example.labels());
            Collections.sort(key);
            strata.computeIfAbsent(String.join("\u0000", key), k -> new ArrayList<>()).add(example);
        }
        Random random = new Random(seed);
        List<LabelledText> train = new ArrayList<>();
        List<LabelledText> validation = new ArrayList<>();
        for (List<LabelledText> stratum : strata.values()) {
            Collections.shuffle(stratum, random);
            // a stratum of one stays in training: a label must be learnt before it can be validated
            int take = stratum.size() < 2 ? 0 : Math.max(1, (int) Math.round(stratum.size() * validationFraction));
            validation.addAll(stratum.subList(0, take));
            train.addAll(stratum.subList(take, stratum.size()));
        }
        return new Parts(train, validation);
    }
}
