package org.postlens.app.domain;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A label schema as a user or the shipped task list defines it, before it is stored.
 *
 * @param name  short, unique in the project, used on the command line: {@code verdict}, {@code stance:abortion}
 * @param title what annotators read: "Fact-check verdict"
 * @param tags  tags offered beside the labels (annotators may add others)
 * @param task  the prediction key whose model runs answer this schema ({@code sentiment}, {@code stance:abortion});
 *              null for a schema no model answers yet
 */
public record SchemaDraft(String name, String title, SchemaKind kind, List<String> labels, String description,
                          List<String> tags, String task) {

    public static final String NAME_RULE = "lower-case letters, digits, '-', '_' or one ':' (e.g. verdict, stance:abortion)";
    private static final Pattern NAME = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Nd}][\\p{Ll}\\p{Lo}\\p{Nd}_-]*(:[\\p{Ll}\\p{Lo}\\p{Nd}][\\p{Ll}\\p{Lo}\\p{Nd}_-]*)?");
    public static final int MAX_LABELS = 30;

    public SchemaDraft {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("schema name '" + name + "' must be " + NAME_RULE);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("schema '" + name + "' needs a title");
        }
        if (kind == null) {
            throw new IllegalArgumentException("schema '" + name + "' needs a kind (single, multi or verdict)");
        }
        labels = List.copyOf(labels);
        tags = List.copyOf(tags);
        description = description == null ? "" : description;
        int least = kind.multiLabel() ? 1 : 2;
        if (labels.size() < least) {
            throw new IllegalArgumentException("schema '" + name + "' needs at least " + least + " labels");
        }
        if (labels.size() > MAX_LABELS) {
            throw new IllegalArgumentException("schema '" + name + "' has " + labels.size() + " labels; at most "
                    + MAX_LABELS + " fit the keyboard");
        }
        if (labels.stream().anyMatch(label -> label == null || label.isBlank() || !label.strip().equals(label))) {
            throw new IllegalArgumentException("schema '" + name + "' has a blank label or one with spaces around it");
        }
        if (new HashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("schema '" + name + "' lists a label twice");
        }
    }
}
