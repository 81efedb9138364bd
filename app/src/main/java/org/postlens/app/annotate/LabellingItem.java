package org.postlens.app.annotate;

import java.util.List;
import java.util.Optional;
import org.postlens.app.domain.Annotation;
import org.postlens.app.domain.Media;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.StoredPrediction;

/**
 * Everything the labelling view shows for one post.
 *
 * @param images     the post's stored images (at most {@link LabellingItems#MAX_IMAGES})
 * @param prediction the latest model prediction for the schema, if a run made one
 * @param current    the standing annotations of the post in this schema, one per annotator, plus any adjudication
 * @param history    every annotation row of the post in this schema, oldest first: its audit trail
 */
public record LabellingItem(Post post, List<Media> images, Optional<StoredPrediction> prediction,
                            List<Annotation> current, List<Annotation> history) {

    public LabellingItem {
        images = List.copyOf(images);
        current = List.copyOf(current);
        history = List.copyOf(history);
    }

    /** The labels this annotator (or, adjudicating, the adjudication) gives the post now; empty when none. */
    public Optional<Annotation> standing(String annotator, boolean adjudication) {
        return current.stream()
                .filter(annotation -> annotation.adjudication() == adjudication
                        && (adjudication || annotation.annotator().equals(annotator)))
                .findFirst();
    }
}
