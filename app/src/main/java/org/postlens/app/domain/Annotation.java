package org.postlens.app.domain;

import java.time.Instant;
import java.util.List;

/**
 * One stored annotation row. Rows are never changed or deleted: a new judgement by the same annotator on the same
 * post and schema is a new row that {@code supersedes} the one before, so the rows of a post are its audit trail.
 *
 * @param supersedes the row this one replaces; null for the annotator's first judgement of the post
 */
public record Annotation(long id, long postId, long schemaId, String annotator, AnnotationAction action,
                         List<String> labels, String note, List<String> tags, AnnotationOrigin origin,
                         Long supersedes, Instant createdAt) {

    public Annotation {
        labels = List.copyOf(labels);
        tags = List.copyOf(tags);
    }

    public boolean adjudication() {
        return origin == AnnotationOrigin.ADJUDICATION;
    }
}
