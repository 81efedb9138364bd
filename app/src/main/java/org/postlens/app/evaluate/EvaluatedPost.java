package org.postlens.app.evaluate;

import java.util.List;

/**
 * One post of an evaluation: its gold labels, what the run predicted, and where it came from.
 *
 * @param gold      the gold label (single-label: exactly one) or labels (multi-label: any number)
 * @param predicted the run's label or labels; null when the run gave this post nothing
 * @param language  ISO code, or null when unknown
 * @param platform  the platform it was posted on, or null
 * @param source    the name of the import it came from (file or export), or null
 */
public record EvaluatedPost(long postId, List<String> gold, List<String> predicted, String language, String platform,
                            String source) {

    public EvaluatedPost {
        gold = List.copyOf(gold);
        predicted = predicted == null ? null : List.copyOf(predicted);
    }

    public boolean hasPrediction() {
        return predicted != null;
    }
}
