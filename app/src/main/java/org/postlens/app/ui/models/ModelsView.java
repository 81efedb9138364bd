package org.postlens.app.ui.models;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Analyse ▸ Models: the user's model folders (Add folder…, Remove), the packs that can be used, and apart from
 * them the packs that cannot, each with the reason. Check loads and runs every model once.
 */
public final class ModelsView extends BorderPane {

    private final ModelsViewModel viewModel;
    private final ListView<Path> folders = new ListView<>();
    private final TableView<ModelsViewModel.PackRow> packs = new TableView<>();
    private final TableView<ModelsViewModel.InvalidRow> invalid = new TableView<>();

    public ModelsView(ModelsViewModel viewModel, Runnable close) {
        this.viewModel = viewModel;
        setId("models-view");
        setPadding(new Insets(12));

        Label builtIn = new Label(viewModel.builtIn(), new FontIcon(Feather.PACKAGE));
        builtIn.setId("models-built-in");
        builtIn.setWrapText(true);

        Label foldersTitle = heading("Your model folders");
        folders.setId("models-folders");
        folders.setItems(viewModel.folders());
        folders.setPrefHeight(92);
        folders.setMinHeight(72);
        folders.setPlaceholder(muted("No folders yet. Add folder\u2026 takes one pack, or a folder holding several."));
        Button add = new Button("Add folder\u2026", new FontIcon(Feather.FOLDER_PLUS));
        add.setId("models-add");
        add.setTooltip(new Tooltip("A model pack folder, or a folder of packs; it is remembered for next time"));
        add.setOnAction(event -> chooseFolder());
        Button remove = new Button("Remove", new FontIcon(Feather.TRASH_2));
        remove.setId("models-remove");
        remove.setTooltip(new Tooltip("Forget the chosen folder (its files are left alone); shipped packs cannot be removed"));
        remove.disableProperty().bind(folders.getSelectionModel().selectedItemProperty().isNull().or(viewModel.busyProperty()));
        remove.setOnAction(event -> viewModel.removeFolder(folders.getSelectionModel().getSelectedItem()));
        add.disableProperty().bind(viewModel.busyProperty());
        add.setMaxWidth(Double.MAX_VALUE);
        remove.setMaxWidth(Double.MAX_VALUE);
        VBox folderButtons = new VBox(6, add, remove);
        HBox.setHgrow(folders, Priority.ALWAYS);
        HBox folderRow = new HBox(8, folders, folderButtons);

        Label packsTitle = heading("Model packs");
        packs.setId("models-packs");
        packs.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        packs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        packs.getColumns().setAll(java.util.List.of(
                column("ID", ModelsViewModel.PackRow::id, 150),
                column("Task", ModelsViewModel.PackRow::task, 110),
                column("Languages", ModelsViewModel.PackRow::languages, 90),
                column("Engine", ModelsViewModel.PackRow::engine, 100),
                column("Version", ModelsViewModel.PackRow::version, 80),
                column("Origin", ModelsViewModel.PackRow::origin, 70),
                column("Folder", row -> row.folder().toString(), 260)));
        packs.setItems(viewModel.packs());
        packs.setPlaceholder(muted("No model packs can be used. Task models (sentiment, stance\u2026) come as packs: see MODEL-PACKS.md."));
        packs.setPrefHeight(170);
        packs.setMinHeight(110);
        VBox.setVgrow(packs, Priority.ALWAYS);

        Label invalidTitle = heading("Packs that cannot be used");
        invalidTitle.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        invalidTitle.getStyleClass().add(Styles.DANGER);
        invalid.setId("models-invalid");
        invalid.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        invalid.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        invalid.getColumns().setAll(java.util.List.of(
                column("ID", ModelsViewModel.InvalidRow::id, 150),
                column("Origin", ModelsViewModel.InvalidRow::origin, 70),
                column("Folder", row -> row.folder().toString(), 220),
                wrappingColumn("Problem", ModelsViewModel.InvalidRow::problem, 460)));
        invalid.setItems(viewModel.invalid());
        invalid.setPrefHeight(200);
        invalid.setMinHeight(120);
        VBox.setVgrow(invalid, Priority.ALWAYS);
        VBox invalidBox = new VBox(6, invalidTitle, invalid);
        invalidBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.invalid()));
        invalidBox.managedProperty().bind(invalidBox.visibleProperty());
        VBox.setVgrow(invalidBox, Priority.ALWAYS);

        VBox content = new VBox(8, builtIn, foldersTitle, folderRow, packsTitle, packs, invalidBox);
        setCenter(content);

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(viewModel.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        Label status = new Label();
        status.setId("models-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button check = new Button("Check", new FontIcon(Feather.CHECK_CIRCLE));
        check.setId("models-check");
        check.setTooltip(new Tooltip("Load every pack and run it once on a short text to check its outputs (slower)"));
        check.disableProperty().bind(viewModel.busyProperty());
        check.setOnAction(event -> viewModel.check());
        Button closeButton = new Button("Close");
        closeButton.setId("models-close");
        closeButton.setDefaultButton(true);
        closeButton.setOnAction(event -> close.run());
        HBox bar = new HBox(10, working, status, spacer, check, closeButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 0, 0, 0));
        setBottom(bar);
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Add a model pack folder, or a folder of packs");
        File folder = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (folder != null) {
            viewModel.addFolder(folder.toPath());
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    /** A one-line column that shows the whole value on hover (folders and error messages are long). */
    private static <S> TableColumn<S, String> column(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? "" : value.apply(cell.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item);
                setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
                Tooltip tooltip = empty || item == null || item.isEmpty() ? null : new Tooltip(item);
                if (tooltip != null) {
                    tooltip.setWrapText(true);
                    tooltip.setMaxWidth(560);
                }
                setTooltip(tooltip);
            }
        });
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 60));
        column.setReorderable(false);
        return column;
    }

    /** A column whose text wraps onto several lines, for error messages that must be read whole. */
    private static <S> TableColumn<S, String> wrappingColumn(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? "" : value.apply(cell.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                text.getStyleClass().add("text");
                text.fillProperty().bind(textFillProperty());
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
            }
        });
        column.setPrefWidth(width);
        column.setMinWidth(200);
        column.setReorderable(false);
        return column;
    }

    /** Opens the window and lists the packs (off the FX thread). */
    public static Stage show(ModelsViewModel viewModel, Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Models");
        Scene scene = new Scene(new ModelsView(viewModel, stage::close), 1100, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        viewModel.refresh();
        return stage;
    }
}
