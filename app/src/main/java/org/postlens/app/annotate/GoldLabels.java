package org.postlens.app.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postlens.app.domain.Annotation;

/**
 * The labels a post counts as having when models are measured or trained: its adjudication when there is one, else
 * the labels all its annotators agree on; a post whose annotators disagree and that nobody has adjudicated has none
 * (it waits in the adjudication queue) and is counted apart.
 */
public final class GoldLabels {

    /** Gold labels by post id, in post order, and the number of posts left out for unresolved disagreement. */
    public record Result(Map<Long, List<String>> labels, int disagreements) {
    }

    private GoldLabels() {
    }

    /** @param current a schema's standing annotations ({@code project.annotations().current(schemaId)}) */
    public static Result of(List<Annotation> current) {
        Map<Long, List<Annotation>> byPost = new LinkedHashMap<>();
        for (Annotation annotation : current) {
            byPost.computeIfAbsent(annotation.postId(), id -> new ArrayList<>()).add(annotation);
        }
        Map<Long, List<String>> gold = new LinkedHashMap<>();
        int disagreements = 0;
        for (Map.Entry<Long, List<Annotation>> post : byPost.entrySet()) {
            List<String> adjudicated = null;
            List<List<String>> given = new ArrayList<>();
            for (Annotation annotation : post.getValue()) {
                if (annotation.adjudication()) {
                    adjudicated = annotation.labels();
                } else if (!given.contains(annotation.labels())) {
                    given.add(annotation.labels());
                }
            }
            if (adjudicated != null) {
                gold.put(post.getKey(), adjudicated);
            } else if (given.size() == 1) {
                gold.put(post.getKey(), given.get(0));
            } else if (given.size() > 1) {
                disagreements++;
            }
        }
        return new Result(gold, disagreements);
    }
}
