package org.postlens.app.evaluate;

import java.util.List;

/**
 * The figures split by one facet of the posts.
 *
 * @param dimension {@code language}, {@code platform} or {@code source}
 * @param groups    largest group first; posts without a value for the facet form the group {@value #UNKNOWN}
 */
public record Breakdown(String dimension, List<GroupEvaluation> groups) {

    public static final String UNKNOWN = "unknown";

    public Breakdown {
        groups = List.copyOf(groups);
    }
}
