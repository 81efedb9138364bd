package org.postlens.app.ui.importer;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.postlens.app.domain.ImportProblem;

/** A table of import problems: severity, file, record, line, reason, excerpt. */
final class ProblemsTable {

    private ProblemsTable() {
    }

    static TableView<ImportProblem> create(ObservableList<ImportProblem> problems) {
        TableView<ImportProblem> table = new TableView<>(problems);
        table.setId("problems-table");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("", p -> p.severity() == ImportProblem.Severity.REJECTED ? "Rejected" : "Warning", 80));
        table.getColumns().add(column("File", ImportProblem::file, 140));
        table.getColumns().add(column("Record", p -> p.recordNumber() == 0 ? "—" : String.format("%,d", p.recordNumber()), 70));
        table.getColumns().add(column("Line", p -> p.line() == 0 ? "—" : String.format("%,d", p.line()), 70));
        table.getColumns().add(column("Reason", ImportProblem::reason, 300));
        table.getColumns().add(column("Excerpt", ImportProblem::excerpt, 360));
        table.setPlaceholder(new Label("No problems: every record of these imports was read."));
        return table;
    }

    private static TableColumn<ImportProblem, String> column(String title, Function<ImportProblem, String> value, double width) {
        TableColumn<ImportProblem, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        // Reasons and excerpts are often longer than the column: the whole text is in the tooltip.
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 20 ? null : new Tooltip(item));
                getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
                if (!empty && "Rejected".equals(item)) {
                    getStyleClass().add(Styles.DANGER);
                } else if (!empty && "Warning".equals(item)) {
                    getStyleClass().add(Styles.WARNING);
                }
            }
        });
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
