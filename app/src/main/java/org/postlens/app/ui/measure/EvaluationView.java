package org.postlens.app.ui.measure;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.Run;
import org.postlens.app.evaluate.ConfusionMatrix;
import org.postlens.app.evaluate.EvaluationFigures;
import org.postlens.app.evaluate.EvaluationResult;
import org.postlens.app.evaluate.GroupEvaluation;
import org.postlens.app.ui.measure.EvaluationViewModel.ReportFormat;
import org.postlens.runtime.eval.LabelScores;

/**
 * Annotate ▸ Evaluate a model run: the run's figures against the gold labels, the per-label table, the confusion
 * matrix as a heat-map and as a table, and the breakdowns by language, platform and source; Export report… writes
 * HTML (with its heat-map), CSV or JSON.
 */
public final class EvaluationView extends BorderPane {

    /** One row of the confusion table: a gold label and how its posts were predicted. */
    public record ConfusionRow(String gold, int[] counts, int total) {}

    private final EvaluationViewModel viewModel;
    private final ConfusionHeatMap heatMap = new ConfusionHeatMap();
    private final TableView<ConfusionRow> confusionTable = MeasureTables.table("evaluation-confusion-table",
            "A multi-label schema has no confusion matrix: see the per-label table.");
    private final GridPane figures = new GridPane();
    private final TabPane tabs = new TabPane();
    private final Label heatNote = new Label();

    public EvaluationView(EvaluationViewModel viewModel, Runnable close) {
        this.viewModel = viewModel;
        setId("evaluation-view");
        setPadding(new Insets(12));

        ComboBox<LabelSchema> schema = MeasureTables.schemaPicker("evaluation-schema");
        schema.setItems(viewModel.schemas());
        schema.valueProperty().bindBidirectional(viewModel.schemaProperty());
        ComboBox<Run> run = new ComboBox<>();
        run.setId("evaluation-run");
        run.setPrefWidth(440);
        run.setItems(viewModel.runs());
        run.setCellFactory(list -> new RunCell());
        run.setButtonCell(new RunCell());
        run.setTooltip(new Tooltip("The model run to measure: runs of the schema's task, latest first"));
        run.valueProperty().bindBidirectional(viewModel.runProperty());
        Label schemaLabel = new Label("Schema");
        schemaLabel.setLabelFor(schema);
        Label runLabel = new Label("Run");
        runLabel.setLabelFor(run);
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(viewModel.busyProperty());
        HBox choosers = new HBox(10, schemaLabel, schema, runLabel, run, working);
        choosers.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("evaluation-message");
        message.getStyleClass().add(Styles.WARNING);
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Label summary = new Label();
        summary.setId("evaluation-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(viewModel.summaryProperty());
        VBox top = new VBox(8, choosers, message, summary);
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);

        figures.setId("evaluation-figures");
        figures.setHgap(14);
        figures.setVgap(2);
        TableView<LabelScores> perLabel = MeasureTables.table("evaluation-per-label", "No post measured yet.");
        perLabel.getColumns().setAll(List.of(
                MeasureTables.text("Label", scores -> ReadableLabel.of(scores.label()), 136),
                MeasureTables.number("Precision", scores -> EvaluationViewModel.score(scores.precision()), 80),
                MeasureTables.number("Recall", scores -> EvaluationViewModel.score(scores.recall()), 64),
                MeasureTables.number("F1", scores -> EvaluationViewModel.score(scores.f1()), 56),
                MeasureTables.number("Posts", scores -> String.format("%,d", scores.support()), 70)));
        perLabel.setItems(viewModel.perLabel());
        perLabel.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        VBox left = new VBox(8, figures, MeasureTables.heading("Per label  (posts: those with the gold label)"), perLabel);
        VBox.setVgrow(perLabel, Priority.ALWAYS);
        left.setMinWidth(440);
        left.setPrefWidth(450);

        ScrollPane heatScroll = new ScrollPane(heatMap);
        heatScroll.setId("evaluation-heat-map-scroll");
        heatScroll.setFitToWidth(false);
        heatNote.setId("evaluation-heat-map-note");
        heatNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        heatNote.setWrapText(true);
        VBox heatBox = new VBox(6, heatNote, heatScroll);
        VBox.setVgrow(heatScroll, Priority.ALWAYS);
        heatBox.setPadding(new Insets(6, 0, 0, 0));
        tabs.getTabs().add(tab("Heat-map", heatBox));
        tabs.getTabs().add(tab("Confusion table", confusionTable));
        for (String dimension : org.postlens.app.evaluate.RunEvaluation.DIMENSIONS) {
            tabs.getTabs().add(tab("By " + dimension, breakdownTable(dimension)));
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(left, tabs);
        split.setDividerPositions(0.31);
        SplitPane.setResizableWithParent(left, false);
        setCenter(split);

        Button export = new Button("Export report\u2026", new FontIcon(Feather.DOWNLOAD));
        export.setId("evaluation-export");
        export.setTooltip(new Tooltip("HTML with the heat-map, CSV for a spreadsheet, or JSON"));
        export.disableProperty().bind(viewModel.resultProperty().isNull().or(viewModel.busyProperty()));
        export.setOnAction(event -> chooseExportFile());
        Label exported = new Label();
        exported.setId("evaluation-exported");
        exported.getStyleClass().add(Styles.TEXT_MUTED);
        exported.textProperty().bind(viewModel.exportedProperty());
        Button closeButton = new Button("Close");
        closeButton.setId("evaluation-close");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(event -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(10, export, exported, spacer, closeButton);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(10, 0, 0, 0));
        setBottom(bottom);

        viewModel.resultProperty().addListener((obs, old, result) -> showResult(result));
        showResult(viewModel.resultProperty().get());
    }

    private void showResult(EvaluationResult result) {
        figures.getChildren().clear();
        EvaluationFigures overall = result == null ? null : result.overall();
        addFigure(0, "Accuracy", overall == null ? "" : EvaluationViewModel.percent(overall.accuracy()),
                "Share of the measured posts whose prediction equals the gold label (all labels, for multi-label)");
        addFigure(1, "Micro F1", overall == null ? "" : EvaluationViewModel.score(overall.microF1()),
                "F1 over all decisions pooled: the common labels weigh most");
        addFigure(2, "Macro F1", overall == null ? "" : EvaluationViewModel.score(overall.macroF1()),
                "The mean of the labels' F1: a rare label counts as much as a common one");
        addFigure(3, "Weighted F1", overall == null ? "" : EvaluationViewModel.score(overall.weightedF1()),
                "The labels' F1 weighted by their gold posts");
        ConfusionMatrix confusion = overall == null ? null : overall.confusion();
        heatNote.setText(result != null && result.multiLabel()
                ? "A multi-label schema has no confusion matrix: each label is a yes/no question of its own. See the"
                        + " per-label table."
                : "Rows: the gold label; columns: the prediction, numbered as the rows. Colour: the share of the row's"
                        + " posts; the number: how many. Hover a cell for its labels.");
        if (confusion == null || confusion.labels().isEmpty()) {
            heatMap.show(List.of(), new int[0][]);
            confusionTable.getColumns().clear();
            confusionTable.getItems().clear();
            return;
        }
        heatMap.show(confusion.labels(), confusion.counts());
        fillConfusionTable(confusion);
    }

    private void addFigure(int row, String name, String value, String explanation) {
        Label label = new Label(name);
        label.setTooltip(new Tooltip(explanation));
        Label figure = new Label(value);
        figure.setId("evaluation-" + name.toLowerCase(Locale.ROOT).replace(' ', '-'));
        figure.getStyleClass().addAll(Styles.TITLE_4);
        figures.addRow(row, label, figure);
    }

    private void fillConfusionTable(ConfusionMatrix confusion) {
        List<String> labels = confusion.labels();
        List<TableColumn<ConfusionRow, String>> columns = new ArrayList<>();
        columns.add(MeasureTables.text("gold \u2193  predicted \u2192", ConfusionRow::gold, 190));
        for (int i = 0; i < labels.size(); i++) {
            int index = i;
            TableColumn<ConfusionRow, String> column = MeasureTables.number(labels.get(i), row -> String.format("%,d", row.counts()[index]),
                    Math.max(56, Math.min(120, labels.get(i).length() * 8 + 16)));
            column.setGraphic(null);
            columns.add(column);
        }
        columns.add(MeasureTables.number("Total", row -> String.format("%,d", row.total()), 70));
        confusionTable.getColumns().setAll(columns);
        confusionTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        List<ConfusionRow> rows = new ArrayList<>();
        int[][] counts = confusion.counts();
        for (int gold = 0; gold < labels.size(); gold++) {
            rows.add(new ConfusionRow(ReadableLabel.of(labels.get(gold)), counts[gold], confusion.rowTotal(gold)));
        }
        confusionTable.getItems().setAll(rows);
    }

    private TableView<GroupEvaluation> breakdownTable(String dimension) {
        TableView<GroupEvaluation> table = MeasureTables.table("evaluation-by-" + dimension, "No post measured yet.");
        table.getColumns().setAll(List.of(
                MeasureTables.text(Character.toUpperCase(dimension.charAt(0)) + dimension.substring(1), GroupEvaluation::group, 160),
                MeasureTables.number("Gold posts", group -> String.format("%,d", group.posts()), 80),
                MeasureTables.number("No prediction", group -> String.format("%,d", group.withoutPrediction()), 96),
                MeasureTables.number("Accuracy", group -> EvaluationViewModel.percent(group.figures().accuracy()), 80),
                MeasureTables.number("Micro F1", group -> EvaluationViewModel.score(group.figures().microF1()), 76),
                MeasureTables.number("Macro F1", group -> EvaluationViewModel.score(group.figures().macroF1()), 76),
                MeasureTables.number("Weighted F1", group -> EvaluationViewModel.score(group.figures().weightedF1()), 86)));
        table.setItems(viewModel.breakdown(dimension));
        return table;
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        return tab;
    }

    private void chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the evaluation");
        for (ReportFormat format : ReportFormat.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    format.name() + (format == ReportFormat.HTML ? " report with the heat-map" : ""), "*." + format.extension()));
        }
        chooser.setInitialFileName(viewModel.suggestedFileName(ReportFormat.HTML));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        String name = file.getName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".csv") && !name.endsWith(".json")) {
            // The filter chosen names the format when the typed name has no extension.
            FileChooser.ExtensionFilter filter = chooser.getSelectedExtensionFilter();
            String extension = filter == null ? ".html" : filter.getExtensions().get(0).substring(1);
            file = new File(file.getPath() + extension);
        }
        viewModel.export(file.toPath());
    }

    public ConfusionHeatMap heatMap() {
        return heatMap;
    }

    public TableView<ConfusionRow> confusionTable() {
        return confusionTable;
    }

    public TabPane tabs() {
        return tabs;
    }

    private static final class RunCell extends ListCell<Run> {
        @Override
        protected void updateItem(Run run, boolean empty) {
            super.updateItem(run, empty);
            setText(empty || run == null ? null : EvaluationViewModel.describe(run));
        }
    }

    /** Opens the window and measures the latest run of the first schema a run answers (off the FX thread). */
    public static Stage show(EvaluationViewModel viewModel, Window owner) {
        Stage[] stage = new Stage[1];
        stage[0] = MeasureTables.window("Evaluate a model run", new EvaluationView(viewModel, () -> stage[0].close()),
                owner, 1240, 760);
        stage[0].show();
        viewModel.load();
        return stage[0];
    }
}
