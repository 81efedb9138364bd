package org.postlens.app.ui.measure;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.postlens.app.domain.LabelSchema;

/** Tables, columns, schema pickers and windows shared by the agreement and evaluation views. */
final class MeasureTables {

    private MeasureTables() {
    }

    static <S> TableView<S> table(String id, String placeholder) {
        TableView<S> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(placeholder);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        return table;
    }

    /** A text column; the whole value on hover. */
    static <S> TableColumn<S, String> text(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? "" : value.apply(cell.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item);
                setTextOverrun(OverrunStyle.ELLIPSIS);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    /** A right-aligned column of figures. */
    static <S> TableColumn<S, String> number(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = text(title, value, width);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setMinWidth(Math.min(width, 56));
        return column;
    }

    static ComboBox<LabelSchema> schemaPicker(String id) {
        ComboBox<LabelSchema> picker = new ComboBox<>();
        picker.setId(id);
        picker.setPrefWidth(320);
        picker.setCellFactory(list -> new SchemaCell());
        picker.setButtonCell(new SchemaCell());
        picker.setTooltip(new Tooltip("The label schema whose human labels are measured"));
        return picker;
    }

    static String schemaText(LabelSchema schema) {
        return schema == null ? "" : schema.title() + "  (" + schema.name() + ", " + schema.labels().size() + " labels"
                + (schema.multiLabel() ? ", multi-label" : "") + ")";
    }

    private static final class SchemaCell extends ListCell<LabelSchema> {
        @Override
        protected void updateItem(LabelSchema schema, boolean empty) {
            super.updateItem(schema, empty);
            setText(empty || schema == null ? null : schemaText(schema));
        }
    }

    /** A window of its own over the main one, closed with Esc, styled like it. */
    static Stage window(String title, Parent content, Window owner, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(content, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        return stage;
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }
}
