package org.postlens.app.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The labels annotators (and models) give posts for one question, stored in the project.
 *
 * @param shipped true for the schemas Postlens ships (the task suite's and the fact-check verdict)
 */
public record LabelSchema(long id, String name, String title, SchemaKind kind, List<String> labels,
                          String description, List<String> tags, String task, boolean shipped) {

    public LabelSchema {
        labels = List.copyOf(labels);
        tags = List.copyOf(tags);
    }

    public boolean multiLabel() {
        return kind.multiLabel();
    }

    /**
     * The given labels in this schema's order, checked: every label must be the schema's, and a single-label or
     * verdict schema takes exactly one.
     */
    public List<String> canonical(List<String> given) {
        for (String label : given) {
            if (!labels.contains(label)) {
                throw new IllegalArgumentException("'" + label + "' is not a label of schema '" + name + "' "
                        + labels);
            }
        }
        if (!multiLabel() && given.size() != 1) {
            throw new IllegalArgumentException("schema '" + name + "' takes exactly one label, not " + given.size());
        }
        List<String> ordered = new ArrayList<>();
        for (String label : labels) {
            if (given.contains(label)) {
                ordered.add(label);
            }
        }
        return List.copyOf(ordered);
    }
}
