package org.postlens.app.ui.importer;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.postlens.app.ui.importer.ImportBackend.MappedRow;
import org.postlens.app.ui.importer.ImportBackend.Summary;
import org.postlens.app.ui.importer.ImportWizardViewModel.Delimiter;
import org.postlens.app.ui.importer.ImportWizardViewModel.FieldRow;

/**
 * The import window: how to read the file and map its columns (left), the first rows as they will be imported
 * (right), then progress and the summary with the problems found.
 */
public final class ImportWizardView extends BorderPane {

    private static final javafx.css.PseudoClass REJECTED = javafx.css.PseudoClass.getPseudoClass("rejected");
    private static final javafx.css.PseudoClass WARNING = javafx.css.PseudoClass.getPseudoClass("warning");

    private final ImportWizardViewModel viewModel;
    private final VBox summaryBox = new VBox(8);
    private final SplitPane mappingPane;

    public ImportWizardView(ImportWizardViewModel viewModel, Runnable close) {
        this.viewModel = viewModel;
        setId("import-wizard");
        setPadding(new Insets(12));

        Label fileLabel = new Label();
        fileLabel.getStyleClass().add(Styles.TITLE_4);
        fileLabel.textProperty().bind(viewModel.fileProperty().map(p -> p.getFileName().toString()).orElse("No file chosen"));
        Button choose = new Button("Choose file…", new FontIcon(Feather.FILE));
        choose.setOnAction(event -> chooseFile());
        Button chooseFolder = new Button("Choose export folder…", new FontIcon(Feather.FOLDER));
        chooseFolder.setTooltip(new Tooltip("An unpacked X/Twitter archive or Telegram Desktop export"));
        chooseFolder.setOnAction(event -> chooseFolder());
        Label recognised = new Label();
        recognised.setId("recognised-format");
        recognised.textProperty().bind(viewModel.recognisedFormatProperty());
        recognised.getStyleClass().add(Styles.SUCCESS);
        HBox fileBar = new HBox(10, new FontIcon(Feather.UPLOAD), fileLabel, recognised, choose, chooseFolder);
        fileBar.setAlignment(Pos.CENTER_LEFT);

        VBox settings = settingsPane();
        // An export is read as its platform writes it: there is nothing to map.
        settings.disableProperty().bind(viewModel.recognisedFormatProperty().isNotEmpty());
        mappingPane = new SplitPane(settings, previewPane());
        mappingPane.setDividerPositions(0.34);
        // Changing the mapping while the file is being imported would change nothing: say so by greying it out.
        mappingPane.disableProperty().bind(viewModel.importingProperty());

        Label message = new Label();
        message.setId("import-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.getStyleClass().add(Styles.WARNING);
        message.setWrapText(true);

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressFractionProperty());
        progress.setPrefWidth(220);
        Label progressText = new Label();
        progressText.textProperty().bind(viewModel.progressTextProperty());
        HBox progressBox = new HBox(8, progress, progressText);
        progressBox.setAlignment(Pos.CENTER_LEFT);
        progressBox.visibleProperty().bind(viewModel.importingProperty());
        progressBox.managedProperty().bind(progressBox.visibleProperty());

        Button start = new Button("Import", new FontIcon(Feather.CHECK));
        start.setId("start-import");
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        start.disableProperty().bind(viewModel.readyProperty().not());
        start.setOnAction(event -> viewModel.startImport());
        Button cancel = new Button("Cancel import");
        cancel.setOnAction(event -> viewModel.cancelImport());
        cancel.visibleProperty().bind(viewModel.importingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button closeButton = new Button("Close");
        closeButton.setId("close-import");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(event -> close.run());
        closeButton.disableProperty().bind(viewModel.importingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progressBox, spacer, cancel, start, closeButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        summaryBox.managedProperty().bind(summaryBox.visibleProperty());
        summaryBox.setVisible(false);
        viewModel.summaryProperty().addListener((obs, old, summary) -> showSummary(summary));

        VBox bottom = new VBox(8, message, summaryBox, buttons);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setTop(fileBar);
        setCenter(mappingPane);
        setBottom(bottom);
        BorderPane.setMargin(mappingPane, new Insets(10, 0, 0, 0));
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import posts");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Post files and platform exports (CSV, TSV, JSON, JSON Lines, zip)",
                        "*.csv", "*.tsv", "*.txt", "*.json", "*.jsonl", "*.ndjson", "*.zip", "*.js"),
                new FileChooser.ExtensionFilter("All files", "*"));
        var chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            viewModel.chooseFile(chosen.toPath());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a platform export folder");
        var chosen = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            viewModel.chooseFile(chosen.toPath());
        }
    }

    private VBox settingsPane() {
        ComboBox<String> encoding = new ComboBox<>();
        encoding.getItems().setAll(ImportWizardViewModel.ENCODINGS);
        encoding.valueProperty().bindBidirectional(viewModel.encodingProperty());
        encoding.setTooltip(new Tooltip("Text encoding; Auto reads UTF-8/UTF-16 byte marks and falls back sensibly. Try windows-1256 for old Arabic files."));
        ComboBox<Delimiter> delimiter = new ComboBox<>();
        delimiter.getItems().setAll(Delimiter.values());
        delimiter.valueProperty().bindBidirectional(viewModel.delimiterProperty());
        delimiter.disableProperty().bind(viewModel.fileProperty().map(ImportWizardViewModel::usesDelimiter).map(uses -> !uses)
                .orElse(false));
        delimiter.setTooltip(new Tooltip("What separates the fields of a CSV file; Auto detects it. Not used for JSON."));
        TextField zone = new TextField();
        zone.textProperty().bindBidirectional(viewModel.zoneProperty());
        zone.setTooltip(new Tooltip("Time zone for dates written without one, e.g. UTC, Europe/Paris, Asia/Riyadh"));
        TextField platform = new TextField();
        platform.setPromptText("e.g. twitter (optional)");
        platform.textProperty().bindBidirectional(viewModel.platformProperty());
        platform.setTooltip(new Tooltip("Namespace of the post ids: the same id on two platforms are two posts"));

        GridPane reading = new GridPane();
        reading.setHgap(8);
        reading.setVgap(6);
        reading.addRow(0, new Label("Encoding"), encoding);
        reading.addRow(1, new Label("Delimiter"), delimiter);
        reading.addRow(2, new Label("Time zone"), zone);
        reading.addRow(3, new Label("Platform"), platform);

        TableView<FieldRow> fields = new TableView<>(viewModel.fieldRows());
        fields.setId("mapping-table");
        fields.getStyleClass().add(Styles.DENSE);
        fields.setEditable(true);
        fields.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FieldRow, String> field = new TableColumn<>("Postlens field");
        field.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().label()));
        field.setSortable(false);
        field.setPrefWidth(110);
        TableColumn<FieldRow, String> column = new TableColumn<>("Column in the file");
        column.setSortable(false);
        column.setCellValueFactory(cell -> cell.getValue().columnProperty());
        column.setCellFactory(col -> new ColumnChoiceCell(viewModel));
        fields.getColumns().setAll(java.util.List.of(field, column));
        VBox.setVgrow(fields, Priority.ALWAYS);

        ComboBox<String> presets = new ComboBox<>(viewModel.presets());
        presets.setPromptText("Load preset");
        presets.setOnAction(event -> viewModel.loadPreset(presets.getValue()));
        presets.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(presets, Priority.ALWAYS);
        Button save = new Button("Save as…", new FontIcon(Feather.SAVE));
        save.setTooltip(new Tooltip("Save this mapping to reuse for files with the same columns"));
        save.setOnAction(event -> {
            TextInputDialog dialog = new TextInputDialog();
            dialog.initOwner(getScene().getWindow());
            dialog.setTitle("Save mapping preset");
            dialog.setHeaderText("Name of the preset");
            dialog.showAndWait().ifPresent(viewModel::savePreset);
        });
        HBox presetBar = new HBox(6, presets, save);

        Label mappingTitle = new Label("Which column holds what");
        mappingTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(8, reading, mappingTitle, fields, presetBar);
        box.setPadding(new Insets(0, 8, 0, 0));
        return box;
    }

    private VBox previewPane() {
        TableView<MappedRow> preview = new TableView<>(viewModel.preview());
        preview.setId("import-preview");
        preview.getStyleClass().add(Styles.DENSE);
        preview.getColumns().add(column("#", r -> String.valueOf(r.record()), 44));
        // Problems come right after the record number: a rejected row must be seen without scrolling sideways.
        TableColumn<MappedRow, String> problems = column("Problems", MappedRow::problems, 240);
        problems.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean problem = !empty && item != null && !item.isBlank();
                setText(empty ? null : (problem ? item : "OK"));
                setTooltip(problem ? new Tooltip(item) : null);
                getStyleClass().removeAll(Styles.DANGER, Styles.WARNING, Styles.TEXT_MUTED);
                if (problem) {
                    getStyleClass().add(item.startsWith("Rejected") ? Styles.DANGER : Styles.WARNING);
                } else if (!empty) {
                    getStyleClass().add(Styles.TEXT_MUTED);
                }
            }
        });
        preview.getColumns().add(problems);
        TableColumn<MappedRow, String> text = column("Text", MappedRow::text, 300);
        text.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setNodeOrientation(!empty && org.postlens.app.ui.detail.TextDirection.isMainlyRightToLeft(item)
                        ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
            }
        });
        preview.getColumns().add(text);
        preview.getColumns().add(column("Date (UTC)", MappedRow::date, 150));
        preview.getColumns().add(column("Author", MappedRow::author, 110));
        preview.getColumns().add(column("Id", MappedRow::id, 80));
        preview.getColumns().add(column("Likes", MappedRow::likes, 60));
        preview.getColumns().add(column("Shares", MappedRow::shares, 60));
        preview.getColumns().add(column("Replies", MappedRow::replies, 64));
        preview.getColumns().add(column("Views", MappedRow::views, 64));
        preview.getColumns().add(column("Language", MappedRow::lang, 76));
        preview.getColumns().add(column("Images", MappedRow::images, 120));
        preview.setRowFactory(table -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(MappedRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(REJECTED, !empty && row != null && row.rejected());
                pseudoClassStateChanged(WARNING, !empty && row != null && row.hasProblems() && !row.rejected());
            }
        });
        Label none = new Label("Choose a file to see its first rows as they will be imported.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        preview.setPlaceholder(none);
        Label title = new Label("Preview");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.setId("preview-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.previewSummaryProperty());
        summary.textProperty().addListener((obs, old, line) -> {
            summary.getStyleClass().removeAll(Styles.WARNING, Styles.TEXT_MUTED);
            summary.getStyleClass().add(line != null && line.contains("(see the Problems") ? Styles.WARNING : Styles.TEXT_MUTED);
        });
        HBox heading = new HBox(10, title, summary);
        heading.setAlignment(Pos.BASELINE_LEFT);
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox box = new VBox(8, heading, preview);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private static TableColumn<MappedRow, String> column(String title, Function<MappedRow, String> value, double width) {
        TableColumn<MappedRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private void showSummary(Summary summary) {
        if (summary == null) {
            summaryBox.setVisible(false);
            return;
        }
        Label headline = new Label(ImportWizardViewModel.headline(summary));
        headline.setId("import-summary");
        headline.setWrapText(true);
        headline.getStyleClass().addAll(Styles.TEXT_BOLD,
                summary.rejected() > 0 || summary.cancelled() ? Styles.WARNING : Styles.SUCCESS);
        summaryBox.getChildren().setAll(headline);
        if (summary.rejected() > 0 || summary.warnings() > 0) {
            Label hint = new Label("Rejected records were not imported; everything else was. Each problem is listed below "
                    + "with its record and line in the file. They stay in the project: View \u25B8 Import problems (Ctrl+Shift+P).");
            hint.setWrapText(true);
            hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            summaryBox.getChildren().add(hint);
        }
        if (!summary.problems().isEmpty()) {
            TableView<org.postlens.app.domain.ImportProblem> problems =
                    ProblemsTable.create(javafx.collections.FXCollections.observableArrayList(summary.problems()));
            problems.setPrefHeight(180);
            summaryBox.getChildren().add(problems);
            // The mapping is done with: give the room to the problems.
            mappingPane.disableProperty().unbind();
            mappingPane.setDisable(true);
        }
        summaryBox.setVisible(true);
    }

    /** A combo box of the file's columns in each mapping row; "(not in file)" leaves the field empty. */
    private static final class ColumnChoiceCell extends TableCell<FieldRow, String> {
        private final ComboBox<String> combo;
        private FieldRow bound;

        // Held by the cell: the list holds it only weakly.
        private final javafx.collections.ListChangeListener<String> choicesChanged;

        ColumnChoiceCell(ImportWizardViewModel viewModel) {
            combo = new ComboBox<>(viewModel.columnChoices());
            combo.setMaxWidth(Double.MAX_VALUE);
            // When the file is read again (another encoding or delimiter) the choices are replaced and the combo
            // box shows nothing, though the mapping kept its column: show that column again.
            choicesChanged = change -> javafx.application.Platform.runLater(() -> {
                if (bound != null) {
                    combo.getSelectionModel().select(bound.columnProperty().get());
                }
            });
            viewModel.columnChoices().addListener(new javafx.collections.WeakListChangeListener<>(choicesChanged));
            combo.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.DELETE) {
                    combo.setValue(ImportWizardViewModel.NO_COLUMN);
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                combo.valueProperty().unbindBidirectional(bound.columnProperty());
                bound = null;
            }
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setGraphic(null);
                return;
            }
            bound = getTableRow().getItem();
            combo.valueProperty().bindBidirectional(bound.columnProperty());
            setGraphic(combo);
        }
    }

    /** Opens the wizard as a window owned by {@code owner}; starts with a file when one is given. */
    public static Stage show(ImportWizardViewModel viewModel, Window owner, Path file) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import posts");
        ImportWizardView view = new ImportWizardView(viewModel, stage::close);
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1180, screen.getWidth()), Math.min(700, screen.getHeight()));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            if (viewModel.importingProperty().get()) {
                event.consume();
            }
        });
        stage.show();
        if (file != null) {
            viewModel.chooseFile(file);
        } else {
            view.chooseFile();
        }
        return stage;
    }
}
