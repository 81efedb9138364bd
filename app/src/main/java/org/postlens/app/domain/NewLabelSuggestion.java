package org.postlens.app.domain;

import java.util.List;

/**
 * A label proposed for a post because a near-duplicate of it carries that label, before it is stored.
 *
 * @param sourcePostId the labelled post the suggestion comes from
 * @param reason       why, for the person deciding: "near-identical text, cosine 0.97", "same image (pHash distance 4)"
 * @param similarity   cosine for text, 1 - distance/64 for images; null when unknown
 * @param suggestedBy  the annotator the suggestion is for: posts they have labelled already get none
 */
public record NewLabelSuggestion(long postId, long schemaId, List<String> labels, long sourcePostId, String reason,
                                 Double similarity, String suggestedBy) {

    public NewLabelSuggestion {
        if (suggestedBy == null || suggestedBy.isBlank()) {
            throw new IllegalArgumentException("a suggestion needs the annotator's name");
        }
        suggestedBy = suggestedBy.strip();
        labels = List.copyOf(labels);
        reason = reason == null ? "" : reason;
    }
}
