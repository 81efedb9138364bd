package org.postlens.app.ui.suggestions;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.ui.detail.TextDirection;

/**
 * The review list of suggested labels: each pending suggestion with its post, the label proposed, the labelled post
 * it comes from and why. A accepts, R rejects, and the next suggestion is chosen; the chosen one's two posts are shown
 * in full below the list.
 */
public final class SuggestionsView extends BorderPane {

    private final TableView<SuggestionsViewModel.Row> table = new TableView<>();

    public SuggestionsView(SuggestionsViewModel viewModel) {
        setId("suggestions-view");

        ComboBox<LabelSchema> schema = new ComboBox<>(viewModel.schemas());
        schema.setId("suggestions-schema");
        schema.setCellFactory(list -> new SchemaCell());
        schema.setButtonCell(new SchemaCell());
        schema.valueProperty().bindBidirectional(viewModel.schemaProperty());
        schema.setPrefWidth(260);
        Label schemaLabel = new Label("Schema");
        schemaLabel.setLabelFor(schema);
        Label pending = new Label();
        pending.setId("suggestions-pending");
        pending.getStyleClass().add(Styles.TEXT_MUTED);
        pending.textProperty().bind(viewModel.pendingProperty().asString("%,d pending"));
        pending.setMinWidth(Region.USE_PREF_SIZE);
        Button suggestAll = new Button("Suggest from all labelled posts", new FontIcon(Feather.COPY));
        suggestAll.setId("suggestions-suggest-all");
        suggestAll.getStyleClass().add(Styles.SMALL);
        suggestAll.setTooltip(new Tooltip("Propose each agreed label of this schema for the posts with near-identical"
                + " text or the same picture. Nothing is labelled until you accept."));
        suggestAll.setOnAction(event -> viewModel.suggestFromAllLabelled());
        suggestAll.disableProperty().bind(viewModel.busyProperty().or(viewModel.schemaProperty().isNull()));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(viewModel.busyProperty());
        Button stop = new Button("Stop");
        stop.getStyleClass().add(Styles.SMALL);
        stop.setOnAction(event -> viewModel.cancel());
        stop.visibleProperty().bind(viewModel.busyProperty());
        stop.managedProperty().bind(viewModel.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, schemaLabel, schema, pending, spacer, progress, stop, suggestAll);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 10, 8, 10));
        setTop(top);

        table.setId("suggestions-table");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(28);
        table.getColumns().setAll(List.of(
                column("Post", row -> oneLine(row.postText()), 300),
                column("Suggested label", SuggestionsViewModel.Row::labels, 130),
                column("From labelled post", row -> oneLine(row.sourceText()), 260),
                column("Why", row -> row.suggestion().reason(), 220)));
        table.setItems(viewModel.rows());
        Label empty = new Label("No suggestions waiting. Label some posts, then \u201CSuggest from all labelled posts\u201D.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && viewModel.selectedProperty().get() != row) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                table.scrollTo(Math.max(0, table.getSelectionModel().getSelectedIndex() - 3));
            }
        });

        Label post = fullText("suggestions-post-text");
        Label source = fullText("suggestions-source-text");
        Label why = new Label();
        why.setId("suggestions-why");
        why.getStyleClass().add(Styles.TEXT_BOLD);
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            show(post, row == null ? "" : row.postText());
            show(source, row == null ? "" : row.sourceText());
            why.setText(row == null ? "" : "Suggested: " + row.labels() + " \u00B7 " + row.suggestion().reason());
        });
        Label fromLabel = new Label("Labelled post it comes from");
        fromLabel.getStyleClass().add(Styles.TEXT_MUTED);

        Button accept = new Button("Accept (A)", new FontIcon(Feather.CHECK));
        accept.setId("suggestions-accept");
        accept.getStyleClass().add(Styles.SUCCESS);
        accept.setOnAction(event -> viewModel.accept());
        accept.disableProperty().bind(viewModel.selectedProperty().isNull());
        Button reject = new Button("Reject (R)", new FontIcon(Feather.X));
        reject.setId("suggestions-reject");
        reject.getStyleClass().add(Styles.DANGER);
        reject.setOnAction(event -> viewModel.reject());
        reject.disableProperty().bind(viewModel.selectedProperty().isNull());
        Label message = new Label();
        message.setId("suggestions-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Label who = new Label("Accepted labels are stored as " + viewModel.annotator() + "'s.");
        who.getStyleClass().add(Styles.TEXT_MUTED);
        who.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(10, accept, reject, message, who);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox detail = new VBox(6, why, post, fromLabel, source, buttons);
        detail.setPadding(new Insets(10));
        setCenter(table);
        setBottom(detail);

        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || event.isAltDown() || schema.isShowing()) {
                return;
            }
            if (event.getCode() == KeyCode.A) {
                viewModel.accept();
                event.consume();
            } else if (event.getCode() == KeyCode.R) {
                viewModel.reject();
                event.consume();
            }
        });
    }

    public TableView<SuggestionsViewModel.Row> table() {
        return table;
    }

    /** Opens the review list in its own window; Esc closes it. */
    public static Stage show(SuggestionsViewModel viewModel, Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Suggested labels");
        SuggestionsView view = new SuggestionsView(viewModel);
        Scene scene = new Scene(view, 1100, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setOnHidden(event -> viewModel.cancel());
        stage.setScene(scene);
        stage.show();
        viewModel.refresh();
        view.table().requestFocus();
        return stage;
    }

    private static TableColumn<SuggestionsViewModel.Row, String> column(
            String title, Function<SuggestionsViewModel.Row, String> value, double width) {
        TableColumn<SuggestionsViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    private static Label fullText(String id) {
        Label text = new Label();
        text.setId(id);
        text.setWrapText(true);
        text.setMaxHeight(120);
        text.setStyle("-fx-font-size: 1.15em;");
        return text;
    }

    private static void show(Label label, String text) {
        label.setText(text);
        label.setNodeOrientation(TextDirection.isMainlyRightToLeft(text)
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static final class SchemaCell extends ListCell<LabelSchema> {
        @Override
        protected void updateItem(LabelSchema schema, boolean empty) {
            super.updateItem(schema, empty);
            setText(empty || schema == null ? null : schema.title() + " (" + schema.name() + ")");
        }
    }
}
