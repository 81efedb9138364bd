package org.postlens.app.ui.learn;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.postlens.app.annotate.LearnReport;
import org.postlens.app.domain.LabelSchema;
import org.postlens.runtime.learn.LearningCurve;
import org.postlens.runtime.train.ModelFamily;

/**
 * Annotate ▸ Train a classifier from labels: the choices, the training's progress with Cancel, then the
 * cross-validated figure, the learning curve as a line chart, and the next steps (label the most uncertain posts,
 * save the model as a pack).
 */
public final class ActiveLearningView extends BorderPane {

    private final ActiveLearningViewModel viewModel;
    private final NumberAxis labelsAxis = new NumberAxis();
    private final NumberAxis f1Axis = new NumberAxis(0, 1, 0.1);
    private final LineChart<Number, Number> chart = new LineChart<>(labelsAxis, f1Axis);
    private final Label chartNote = new Label();

    public ActiveLearningView(ActiveLearningViewModel viewModel, Runnable close) {
        this.viewModel = viewModel;
        setId("learn-view");
        setPadding(new Insets(12));

        ComboBox<LabelSchema> schema = new ComboBox<>();
        schema.setId("learn-schema");
        schema.setPrefWidth(340);
        schema.setCellFactory(list -> new SchemaCell());
        schema.setButtonCell(new SchemaCell());
        schema.setItems(viewModel.schemas());
        schema.valueProperty().bindBidirectional(viewModel.schemaProperty());
        schema.disableProperty().bind(viewModel.runningProperty());
        Label counts = muted("learn-counts");
        counts.textProperty().bind(viewModel.labelCountsProperty());

        ComboBox<ModelFamily> family = new ComboBox<>();
        family.setId("learn-family");
        family.setPrefWidth(340);
        family.getItems().setAll(ModelFamily.values());
        family.setCellFactory(list -> new FamilyCell());
        family.setButtonCell(new FamilyCell());
        family.valueProperty().bindBidirectional(viewModel.familyProperty());
        family.disableProperty().bind(viewModel.runningProperty());
        Label explanation = muted("learn-family-explanation");
        explanation.textProperty().bind(family.valueProperty().map(ActiveLearningViewModel::explain).orElse(""));

        CheckBox curve = new CheckBox("Learning curve");
        curve.setId("learn-curve");
        curve.selectedProperty().bindBidirectional(viewModel.learningCurveProperty());
        curve.disableProperty().bind(viewModel.runningProperty());
        Label curveNote = muted(null);
        curveNote.setText("Cross-validated F1 at 10, 20, 50, 100\u2026 labels: do more labels still help? (several trainings)");

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, labelFor("Schema", schema), schema, counts);
        form.addRow(1, labelFor("Model", family), family, explanation);
        form.add(curve, 1, 2);
        form.add(curveNote, 2, 2);

        Button train = new Button("Train and predict", new FontIcon(Feather.PLAY));
        train.setId("learn-train");
        train.setDefaultButton(true);
        train.setTooltip(new Tooltip("Train on every gold label of the schema, measure by 5-fold cross-validation,"
                + " then predict every other post"));
        train.disableProperty().bind(viewModel.runningProperty().or(viewModel.schemaProperty().isNull()));
        train.setOnAction(event -> viewModel.train());
        Button cancel = new Button("Cancel");
        cancel.setId("learn-cancel");
        cancel.visibleProperty().bind(viewModel.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> viewModel.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(220);
        bar.progressProperty().bind(viewModel.progressFractionProperty());
        bar.visibleProperty().bind(viewModel.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label progress = muted("learn-progress");
        progress.textProperty().bind(viewModel.progressTextProperty());
        HBox actions = new HBox(10, train, cancel, bar, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("learn-message");
        message.getStyleClass().add(Styles.WARNING);
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        VBox top = new VBox(10, form, actions, message);
        top.setPadding(new Insets(0, 0, 12, 0));
        setTop(top);

        Label figureName = new Label();
        figureName.getStyleClass().add(Styles.TEXT_BOLD);
        figureName.setId("learn-cv-name");
        figureName.textProperty().bind(viewModel.crossValidatedNameProperty());
        Label figure = new Label();
        figure.setId("learn-cv");
        figure.getStyleClass().add(Styles.TITLE_2);
        figure.textProperty().bind(viewModel.crossValidatedProperty());
        Label summary = new Label();
        summary.setId("learn-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        Button uncertain = new Button("Label the most uncertain", new FontIcon(Feather.CHECK_SQUARE));
        uncertain.setId("learn-label-uncertain");
        uncertain.setTooltip(new Tooltip("Opens the labelling window on this schema's \u201Cmost uncertain\u201D queue:"
                + " the labels that teach the model most"));
        uncertain.disableProperty().bind(viewModel.reportProperty().isNull());
        uncertain.setOnAction(event -> viewModel.labelMostUncertain());
        Button save = new Button("Save as model pack\u2026", new FontIcon(Feather.DOWNLOAD));
        save.setId("learn-save-pack");
        save.setTooltip(new Tooltip("Writes the model as a pack folder that Analyse \u25B8 Models\u2026 can add"));
        save.disableProperty().bind(viewModel.reportProperty().isNull());
        save.setOnAction(event -> chooseFolder());
        Label saved = muted("learn-saved");
        saved.textProperty().bind(viewModel.savedProperty());
        VBox result = new VBox(8, figureName, figure, summary, new VBox(8, uncertain, save), saved);
        result.setPrefWidth(360);
        result.setMinWidth(320);
        uncertain.setMaxWidth(Double.MAX_VALUE);
        save.setMaxWidth(Double.MAX_VALUE);

        chart.setId("learn-chart");
        chart.setTitle("Learning curve");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        labelsAxis.setLabel("Labels trained on");
        labelsAxis.setForceZeroInRange(false);
        f1Axis.setLabel("Cross-validated F1");
        chartNote.setId("learn-chart-note");
        chartNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        chartNote.setWrapText(true);
        VBox chartBox = new VBox(4, chart, chartNote);
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(chartBox, Priority.ALWAYS);
        HBox center = new HBox(16, result, chartBox);
        setCenter(center);

        Button closeButton = new Button("Close");
        closeButton.setId("learn-close");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(event -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(10, spacer, closeButton);
        bottom.setPadding(new Insets(10, 0, 0, 0));
        setBottom(bottom);

        viewModel.curve().addListener((ListChangeListener<LearningCurve.Point>) change -> drawCurve());
        viewModel.reportProperty().addListener((obs, old, report) -> drawCurve());
        drawCurve();
    }

    private void drawCurve() {
        LearnReport report = viewModel.reportProperty().get();
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (LearningCurve.Point point : viewModel.curve()) {
            series.getData().add(new XYChart.Data<>(point.labels(), point.value()));
        }
        chart.getData().setAll(series);
        String metric = report != null && report.learningCurve() != null
                ? ActiveLearningViewModel.metricName(report.learningCurve().metric()) : "F1";
        f1Axis.setLabel("Cross-validated " + metric);
        chartNote.setText(report == null ? "Train with \u201CLearning curve\u201D ticked to see whether more labels still help."
                : viewModel.curve().isEmpty() ? "No learning curve: tick \u201CLearning curve\u201D and train again."
                : String.format(Locale.ROOT, "Each point: %s by cross-validation on a stratified subset of that many labels"
                        + " (nested in the larger ones). Still rising at the right? Then more labels will help.", metric));
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Save the model pack in a folder (a folder of its own is made inside)");
        File folder = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (folder != null) {
            viewModel.savePack(folder.toPath());
        }
    }

    public LineChart<Number, Number> chart() {
        return chart;
    }

    private static Label muted(String id) {
        Label label = new Label();
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    private static Label labelFor(String text, javafx.scene.Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        return label;
    }

    private static final class SchemaCell extends ListCell<LabelSchema> {
        @Override
        protected void updateItem(LabelSchema schema, boolean empty) {
            super.updateItem(schema, empty);
            setText(empty || schema == null ? null : schema.title() + "  (" + schema.name() + ", " + schema.labels().size()
                    + " labels" + (schema.multiLabel() ? ", multi-label" : "") + ")");
        }
    }

    private static final class FamilyCell extends ListCell<ModelFamily> {
        @Override
        protected void updateItem(ModelFamily family, boolean empty) {
            super.updateItem(family, empty);
            setText(empty || family == null ? null : ActiveLearningViewModel.title(family));
        }
    }

    /** Opens the window over {@code owner} and lists the schemas (off the FX thread). */
    public static Stage show(ActiveLearningViewModel viewModel, Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Train a classifier from labels");
        Scene scene = new Scene(new ActiveLearningView(viewModel, stage::close), 1100, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !viewModel.runningProperty().get()) {
                stage.close();
            }
        });
        stage.setOnHidden(event -> viewModel.cancel());
        stage.setScene(scene);
        stage.show();
        viewModel.load();
        return stage;
    }
}
