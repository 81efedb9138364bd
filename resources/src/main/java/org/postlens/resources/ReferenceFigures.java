package org.postlens.resources;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Published results on a data set's held-out test split, by system ({@code fasttext}, {@code roberta_base},
 * {@code xlm_r}), as fractions. They compare with Postlens's validation figures only roughly: other split.
 *
 * @param source where the figures were published
 */
public record ReferenceFigures(String source, Map<String, Double> figures) {

    public ReferenceFigures {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }
}
