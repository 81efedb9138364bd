package org.postlens.app.ui.analysis;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.postlens.app.ui.detail.TextDirection;
import org.postlens.app.ui.posts.PostsView;

/** Columns shared by the similar-posts and clusters tables, formatted like the posts table. */
final class PostTables {

    private PostTables() {
    }

    static <S> TableColumn<S, String> fixed(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? "" : value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setMaxWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    static <S> TableColumn<S, String> number(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = fixed(title, value, width);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** The text column: one line, right-aligned and right to left for Arabic or Hebrew, the whole text on hover. */
    static <S> TableColumn<S, String> text(String title, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? "" : value.apply(cell.getValue())));
        column.setCellFactory(col -> new TextCell<>());
        column.setSortable(false);
        column.setReorderable(false);
        column.setMinWidth(200);
        return column;
    }

    static String date(java.time.Instant instant) {
        return instant == null ? "" : PostsView.ROW_DATE.format(instant);
    }

    static String author(String author) {
        return author == null ? "" : "@" + author;
    }

    private static final class TextCell<S> extends TableCell<S, String> {
        private final Tooltip tooltip = new Tooltip();

        TextCell() {
            setTextOverrun(OverrunStyle.ELLIPSIS);
            setWrapText(false);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                setNodeOrientation(NodeOrientation.INHERIT);
                return;
            }
            String line = item.replaceAll("\\s+", " ").strip();
            setText(line);
            tooltip.setText(item);
            setTooltip(line.isEmpty() ? null : tooltip);
            setNodeOrientation(TextDirection.isMainlyRightToLeft(item) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        }
    }
}
