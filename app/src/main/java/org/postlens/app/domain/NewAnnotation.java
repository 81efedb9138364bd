package org.postlens.app.domain;

import java.util.List;

/**
 * Labels an annotator gives a post for a schema, before they are stored.
 *
 * @param labels one label for single-label and verdict schemas, any number (also none) for multi-label ones
 */
public record NewAnnotation(long postId, long schemaId, String annotator, List<String> labels, String note,
                            List<String> tags, AnnotationOrigin origin) {

    public NewAnnotation {
        if (annotator == null || annotator.isBlank()) {
            throw new IllegalArgumentException("an annotation needs the annotator's name");
        }
        annotator = annotator.strip();
        labels = List.copyOf(labels);
        note = note == null ? "" : note;
        tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
        origin = origin == null ? AnnotationOrigin.MANUAL : origin;
    }

    public static NewAnnotation of(long postId, long schemaId, String annotator, List<String> labels) {
        return new NewAnnotation(postId, schemaId, annotator, labels, "", List.of(), AnnotationOrigin.MANUAL);
    }
}
