package org.postlens.app.annotate;

/** The orders in which the labelling view offers posts. */
public enum QueueKind {
    /** Posts this annotator has not labelled, in import order. */
    UNLABELLED("Unlabelled by me"),
    /** The posts the latest model run for the schema was least sure of, least confident first. */
    UNCERTAIN("Most uncertain model predictions"),
    /** Posts annotators labelled differently and nobody has adjudicated; a label given here is the adjudication. */
    DISAGREEMENTS("Disagreements (adjudicate)"),
    /** A seeded, reproducible random sample of the posts this annotator has not labelled. */
    RANDOM("Random sample"),
    /** The posts of a saved search and filters, in its order, skipping those this annotator has labelled. */
    SAVED_FILTER("Saved filter");

    private final String title;

    QueueKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    @Override
    public String toString() {
        return title;
    }
}
