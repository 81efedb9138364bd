package org.postlens.app.domain;

/** How annotators answer a label schema. */
public enum SchemaKind {
    /** Exactly one label per post. */
    SINGLE,
    /** Any number of the labels, also none. */
    MULTI,
    /** Exactly one label from an ordered scale, such as true / mostly true / misleading / false. */
    VERDICT;

    public boolean multiLabel() {
        return this == MULTI;
    }
}
