package org.postlens.app.domain;

/** How an annotation came to be. */
public enum AnnotationOrigin {
    /** An annotator judged the post. */
    MANUAL,
    /** The final word on a post annotators disagreed on; it stands beside their labels, not over them. */
    ADJUDICATION,
    /** An annotator accepted a label suggested from a near-duplicate. */
    PROPAGATION
}
