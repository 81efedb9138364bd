package org.postlens.app.annotate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What each annotator gave one unit (a post) in one schema: a set of one label for a single-label schema, any
 * number (none included) for a multi-label one. An annotator who did not code the unit is absent.
 */
public record CodedUnit(String unit, Map<String, Set<String>> labelsByAnnotator) {

    public CodedUnit {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        labelsByAnnotator.forEach((annotator, labels) -> copy.put(annotator, Set.copyOf(labels)));
        labelsByAnnotator = Collections.unmodifiableMap(copy);
    }
}
