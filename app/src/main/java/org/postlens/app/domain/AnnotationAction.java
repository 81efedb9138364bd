package org.postlens.app.domain;

/** What an annotation row records: labels given, or the annotator's earlier labels taken back (undo). */
public enum AnnotationAction {
    LABEL,
    RETRACT
}
