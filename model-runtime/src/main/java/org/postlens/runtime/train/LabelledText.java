package org.postlens.runtime.train;

import java.util.List;

/**
 * One training or validation example: a text and its label(s) from a data set.
 *
 * @param labels one label for single-label tasks, any number (also none) for multi-label ones
 */
public record LabelledText(String text, List<String> labels) {

    public LabelledText {
        if (text == null) {
            throw new IllegalArgumentException("text is null");
        }
        labels = List.copyOf(labels);
    }

    public static LabelledText of(String text, String label) {
        return new LabelledText(text, List.of(label));
    }
}
