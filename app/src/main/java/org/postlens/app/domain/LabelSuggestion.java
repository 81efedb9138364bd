package org.postlens.app.domain;

import java.time.Instant;
import java.util.List;

/**
 * A stored label suggestion: pending until a person accepts it (an annotation of origin PROPAGATION is written, see
 * {@code annotationId}) or rejects it. Never applied without that decision.
 *
 * @param decidedBy    who accepted or rejected it; null while pending
 * @param annotationId the annotation an acceptance wrote; null otherwise
 */
public record LabelSuggestion(long id, long postId, long schemaId, List<String> labels, long sourcePostId,
                              String reason, Double similarity, String suggestedBy, Instant createdAt,
                              SuggestionStatus status, String decidedBy, Instant decidedAt, Long annotationId) {

    public LabelSuggestion {
        labels = List.copyOf(labels);
    }
}
