package org.postlens.app.ui.measure;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * A confusion matrix as a heat-map: one row per gold label, one column per predicted label, each cell coloured by
 * its share of the row (so a rare label's errors show as clearly as a common one's) with its count written in it.
 * Rows carry the number and the readable label; columns only the number, so that twenty labels fit across.
 * Hovering a cell says what it counts.
 */
public final class ConfusionHeatMap extends GridPane {

    static final Color EMPTY = Color.web("#f6f8fa");
    static final Color FULL = Color.web("#0a4d9c");
    private static final double CELL_HEIGHT = 26;

    public ConfusionHeatMap() {
        setId("confusion-heat-map");
        setHgap(1);
        setVgap(1);
        setPadding(new Insets(4));
    }

    /** Draws the matrix; {@code counts[gold][predicted]}, in the order of {@code labels}. */
    public void show(List<String> labels, int[][] counts) {
        getChildren().clear();
        getColumnConstraints().clear();
        getRowConstraints().clear();
        int size = labels.size();
        if (size == 0) {
            return;
        }
        double cellWidth = size <= 6 ? 64 : size <= 12 ? 46 : 34;
        Label corner = small("gold \u2193   predicted \u2192");
        corner.setAlignment(Pos.BOTTOM_LEFT);
        add(corner, 0, 0);
        getColumnConstraints().add(new ColumnConstraints(Math.min(215, 48 + longest(labels) * 6.8)));
        getRowConstraints().add(new RowConstraints(CELL_HEIGHT));
        for (int column = 0; column < size; column++) {
            Label header = small(String.valueOf(column + 1));
            header.setAlignment(Pos.CENTER);
            header.setMaxWidth(Double.MAX_VALUE);
            header.setTooltip(new Tooltip("predicted: " + ReadableLabel.of(labels.get(column))));
            add(header, column + 1, 0);
            ColumnConstraints width = new ColumnConstraints(cellWidth);
            width.setHalignment(HPos.CENTER);
            getColumnConstraints().add(width);
        }
        Label totals = small("posts");
        totals.setTooltip(new Tooltip("How many posts have the row's gold label"));
        totals.setAlignment(Pos.CENTER_RIGHT);
        add(totals, size + 1, 0);
        getColumnConstraints().add(new ColumnConstraints(52));
        for (int gold = 0; gold < size; gold++) {
            int total = 0;
            for (int count : counts[gold]) {
                total += count;
            }
            Label header = new Label(String.format(Locale.ROOT, "%2d  %s", gold + 1, ReadableLabel.of(labels.get(gold))));
            header.setTextOverrun(OverrunStyle.ELLIPSIS);
            header.setMaxWidth(Double.MAX_VALUE);
            header.setTooltip(new Tooltip("gold: " + ReadableLabel.of(labels.get(gold))));
            add(header, 0, gold + 1);
            RowConstraints height = new RowConstraints(CELL_HEIGHT);
            height.setValignment(VPos.CENTER);
            getRowConstraints().add(height);
            for (int predicted = 0; predicted < size; predicted++) {
                add(cell(labels, gold, predicted, counts[gold][predicted], total, cellWidth), predicted + 1, gold + 1);
            }
            Label rowTotal = small(String.format("%,d", total));
            rowTotal.setAlignment(Pos.CENTER_RIGHT);
            rowTotal.setMaxWidth(Double.MAX_VALUE);
            add(rowTotal, size + 1, gold + 1);
        }
    }

    private static Label cell(List<String> labels, int gold, int predicted, int count, int rowTotal, double width) {
        double share = rowTotal == 0 ? 0 : (double) count / rowTotal;
        Label cell = new Label(count == 0 ? "" : String.format("%,d", count));
        cell.getStyleClass().add("heat-cell");
        cell.setId("heat-" + gold + "-" + predicted);
        cell.setAlignment(Pos.CENTER);
        cell.setPrefSize(width, CELL_HEIGHT);
        cell.setMinSize(width, CELL_HEIGHT);
        Color fill = colour(share);
        cell.setBackground(new Background(new BackgroundFill(fill, new CornerRadii(2), Insets.EMPTY)));
        cell.setTextFill(share > 0.45 ? Color.WHITE : Color.web("#1f2328"));
        if (gold == predicted) {
            cell.setFont(Font.font(null, FontWeight.BOLD, -1));
        }
        cell.setTooltip(new Tooltip(String.format(Locale.ROOT, "gold %s, predicted %s: %,d of %,d (%.0f%%)",
                ReadableLabel.of(labels.get(gold)), ReadableLabel.of(labels.get(predicted)), count, rowTotal, share * 100)));
        return cell;
    }

    /** The colour of a row share: near white for none, deep blue for all of the row. */
    static Color colour(double share) {
        return EMPTY.interpolate(FULL, Math.max(0, Math.min(1, share)));
    }

    private static int longest(List<String> labels) {
        return labels.stream().mapToInt(label -> ReadableLabel.of(label).length()).max().orElse(8);
    }

    private static Label small(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return label;
    }
}
