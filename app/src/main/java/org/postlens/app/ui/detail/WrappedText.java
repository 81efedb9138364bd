package org.postlens.app.ui.detail;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A paragraph of text wrapped by Postlens itself, one unwrapped Label per line. JavaFX 21's own wrapping (Text,
 * TextFlow, a wrapping Label) lays out Arabic and Devanagari on Linux with a line that runs past the edge and a
 * word drawn twice, at the end of one line and the start of the next. Measuring whole lines, each without
 * wrapping, gives the right widths, so the lines are broken here, between words, and rebuilt when the width changes.
 */
public final class WrappedText extends VBox {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final Label probe = new Label();
    private final List<String> styleClasses;
    private double wrappedAt = -1;
    private Font wrappedWith;

    public WrappedText(String... styleClasses) {
        this.styleClasses = List.of(styleClasses);
        setSpacing(0);
        setMinWidth(0);
        probe.getStyleClass().addAll(styleClasses);
        probe.setManaged(false);
        probe.setVisible(false);
        getChildren().add(probe);
    }

    public void setText(String value, boolean rightToLeft) {
        text.set(value == null ? "" : value);
        setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        wrappedAt = -1;
        requestLayout();
    }

    public String getText() {
        return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The family to use for the lines (a script font), or null for the style sheet's. */
    public void setFontFamily(String family) {
        probe.setStyle(family == null ? "" : "-fx-font-family: \"" + family + "\";");
        wrappedAt = -1;
        requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        rewrap(width > 0 ? width : getWidth());
        return super.computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        rewrap(getWidth());
        super.layoutChildren();
    }

    private void rewrap(double width) {
        double available = width - snappedLeftInset() - snappedRightInset();
        if (available <= 0) {
            return;
        }
        probe.applyCss();
        Font font = probe.getFont();
        if (available == wrappedAt && font.equals(wrappedWith)) {
            return;
        }
        wrappedAt = available;
        wrappedWith = font;
        List<Label> lines = new ArrayList<>();
        for (String line : wrap(text.get(), available - 2, font)) {
            Label label = new Label(line.isEmpty() ? " " : line);
            label.getStyleClass().addAll(styleClasses);
            label.setStyle(probe.getStyle());
            label.setMinWidth(0);
            label.setMaxWidth(Double.MAX_VALUE);
            label.setMinHeight(Region.USE_PREF_SIZE);
            // LEFT is the leading edge: the right one when the orientation is right to left.
            label.setAlignment(Pos.CENTER_LEFT);
            label.setMnemonicParsing(false);
            lines.add(label);
        }
        getChildren().setAll(probe);
        getChildren().addAll(lines);
    }

    /** Greedy wrapping between words; a word longer than the line (a URL) is cut where it must. */
    static List<String> wrap(String value, double width, Font font) {
        List<String> lines = new ArrayList<>();
        Text measure = new Text();
        measure.setFont(font);
        for (String paragraph : value.split("\r\n|\r|\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(measure, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(measure, rest) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(measure, rest.substring(0, cut)) > width) {
                        cut = Math.max(1, cut * 3 / 4);
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static double width(Text measure, String value) {
        measure.setText(value);
        return measure.getLayoutBounds().getWidth();
    }
}
