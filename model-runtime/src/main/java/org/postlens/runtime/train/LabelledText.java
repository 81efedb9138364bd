package org.postlens.runtime.train;

import java.util.Arrays;
import java.util.List;

/**
 * One training or validation example: a text and its label(s) from a data set.
 *
 * @param labels one label for single-label tasks, any number (also none) for multi-label ones
 * @param vector the text's encoder vector where it is already known (a project stores one per post); null to
 *     have the trainer encode the text. Models that read no vectors ignore it
 */
public record LabelledText(String text, List<String> labels, float[] vector) {

    public LabelledText {
        if (text == null) {
            throw new IllegalArgumentException("text is null");
        }
        labels = List.copyOf(labels);
        vector = vector == null ? null : vector.clone();
    }

    public LabelledText(String text, List<String> labels) {
        this(text, labels, null);
    }

    public static LabelledText of(String text, String label) {
        return new LabelledText(text, List.of(label));
    }

    /** The same example with its encoder vector known. */
    public LabelledText withVector(float[] value) {
        return new LabelledText(text, labels, value);
    }

    @Override
    public float[] vector() {
        return vector == null ? null : vector.clone();
    }

    /** Whether the example carries its encoder vector, without copying it. */
    public boolean hasVector() {
        return vector != null;
    }

    /** The vector without a copy, for the trainer's own reads. */
    float[] vectorView() {
        return vector;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabelledText that && text.equals(that.text) && labels.equals(that.labels)
                && Arrays.equals(vector, that.vector);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * text.hashCode() + labels.hashCode()) + Arrays.hashCode(vector);
    }

    @Override
    public String toString() {
        return "LabelledText[" + text + " " + labels + (vector == null ? "" : " vector " + vector.length + "-d") + "]";
    }
}
