package org.postlens.app.ui.measure;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.postlens.app.annotate.LabelAgreement;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.ui.measure.AgreementViewModel.AnnotatorRow;
import org.postlens.app.ui.measure.AgreementViewModel.PairRow;

/**
 * Annotate ▸ Agreement: choose a schema; see who labelled how much, alpha and kappa overall and per label, every
 * pair's kappa when more than two people labelled, and open the disagreements for adjudication.
 */
public final class AgreementView extends BorderPane {

    private final AgreementViewModel viewModel;
    private final TableView<LabelAgreement> perLabel = MeasureTables.table("agreement-per-label",
            "Per-label figures appear once two annotators have labelled the same posts.");

    public AgreementView(AgreementViewModel viewModel, Runnable close) {
        this.viewModel = viewModel;
        setId("agreement-view");
        setPadding(new Insets(12));

        ComboBox<LabelSchema> schema = MeasureTables.schemaPicker("agreement-schema");
        schema.setItems(viewModel.schemas());
        schema.valueProperty().bindBidirectional(viewModel.schemaProperty());
        Label schemaLabel = new Label("Schema");
        schemaLabel.setLabelFor(schema);
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(viewModel.busyProperty());
        Label message = new Label();
        message.setId("agreement-message");
        message.getStyleClass().add(Styles.WARNING);
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        HBox top = new HBox(10, schemaLabel, schema, working, message);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);

        GridPane overall = new GridPane();
        overall.setHgap(12);
        overall.setVgap(4);
        overall.addRow(0, figureName("Krippendorff's alpha",
                        "Any number of annotators, posts labelled by some of them only; 1 is perfect agreement, 0 what chance gives."),
                figure("agreement-alpha", viewModel.alphaProperty()));
        overall.addRow(1, figureName("Cohen's kappa",
                        "Two annotators, over the posts both labelled; with more annotators see the table of pairs."),
                figure("agreement-kappa", viewModel.kappaProperty()));
        Label units = new Label();
        units.setId("agreement-units");
        units.getStyleClass().add(Styles.TEXT_MUTED);
        units.textProperty().bind(viewModel.unitsProperty());
        overall.add(units, 0, 2, 2, 1);

        TableView<AnnotatorRow> annotators = MeasureTables.table("agreement-annotators", "Nobody has labelled with this schema yet.");
        annotators.getColumns().setAll(List.of(
                MeasureTables.text("Annotator", AnnotatorRow::annotator, 160),
                MeasureTables.number("Posts", row -> String.format("%,d", row.posts()), 80)));
        annotators.setItems(viewModel.annotators());
        annotators.setPrefWidth(300);
        annotators.setMinWidth(260);

        TableColumn<LabelAgreement, String> labelKappa = MeasureTables.number("Kappa",
                row -> row.kappa() == null ? "\u2014" : AgreementViewModel.figure(row.kappa().kappa()), 70);
        TableColumn<LabelAgreement, String> agreed = MeasureTables.number("Agreed on", row -> row.kappa() == null
                || !row.kappa().defined() ? "\u2014" : String.format("%.1f%%", row.kappa().observedAgreement() * 100), 90);
        // With more than two annotators kappa is per pair (the table below): the columns would only show dashes.
        labelKappa.visibleProperty().bind(Bindings.isEmpty(viewModel.pairs()));
        agreed.visibleProperty().bind(Bindings.isEmpty(viewModel.pairs()));
        perLabel.getColumns().setAll(List.of(
                MeasureTables.text("Label", row -> ReadableLabel.of(row.label()), 200),
                MeasureTables.number("Alpha", row -> AgreementViewModel.figure(row.alpha().alpha()), 70),
                labelKappa,
                agreed,
                MeasureTables.number("Posts", row -> String.format("%,d", row.alpha().pairableUnits()), 70),
                MeasureTables.text("Why undefined", row -> row.alpha().defined() ? "" : row.alpha().undefinedReason(), 240)));
        perLabel.setItems(viewModel.perLabel());
        HBox.setHgrow(perLabel, Priority.ALWAYS);

        VBox annotatorBox = new VBox(6, MeasureTables.heading("Annotators"), annotators);
        VBox.setVgrow(annotators, Priority.ALWAYS);
        VBox labelBox = new VBox(6, MeasureTables.heading("Per label  (each label as yes / no; posts: labelled by two or more)"), perLabel);
        VBox.setVgrow(perLabel, Priority.ALWAYS);
        HBox.setHgrow(labelBox, Priority.ALWAYS);
        HBox tables = new HBox(12, annotatorBox, labelBox);
        VBox.setVgrow(tables, Priority.ALWAYS);

        TableView<PairRow> pairs = MeasureTables.table("agreement-pairs", "");
        pairs.getColumns().setAll(List.of(
                MeasureTables.text("Annotator", PairRow::first, 160),
                MeasureTables.text("and", PairRow::second, 160),
                MeasureTables.number("Posts both labelled", row -> String.format("%,d", row.units()), 140),
                MeasureTables.number("Cohen's kappa", row -> AgreementViewModel.figure(row.kappa()), 110),
                MeasureTables.text("Note", PairRow::note, 300)));
        pairs.setItems(viewModel.pairs());
        pairs.setPrefHeight(150);
        pairs.setMinHeight(130);
        VBox pairBox = new VBox(6, MeasureTables.heading("Cohen's kappa of every pair of annotators"), pairs);
        pairBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.pairs()));
        pairBox.managedProperty().bind(pairBox.visibleProperty());

        VBox content = new VBox(12, overall, tables, pairBox);
        setCenter(content);

        Button adjudicate = new Button("Adjudicate disagreements", new FontIcon(Feather.GIT_MERGE));
        adjudicate.setId("agreement-adjudicate");
        adjudicate.textProperty().bind(Bindings.createStringBinding(() -> viewModel.disagreementsProperty().get() == 0
                ? "Adjudicate disagreements" : String.format("Adjudicate %,d disagreement%s",
                viewModel.disagreementsProperty().get(), viewModel.disagreementsProperty().get() == 1 ? "" : "s"),
                viewModel.disagreementsProperty()));
        adjudicate.disableProperty().bind(viewModel.disagreementsProperty().isEqualTo(0)
                .or(Bindings.createBooleanBinding(() -> !viewModel.canAdjudicate())));
        adjudicate.setTooltip(new Tooltip(viewModel.canAdjudicate()
                ? "Label the posts whose annotators disagree, as the adjudicator: your label becomes the gold label"
                : "The labelling view is not in this build yet; the disagreements queue waits for it"));
        adjudicate.setOnAction(event -> viewModel.adjudicate());
        Button closeButton = new Button("Close");
        closeButton.setId("agreement-close");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(event -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(10, adjudicate, spacer, closeButton);
        bottom.setPadding(new Insets(10, 0, 0, 0));
        setBottom(bottom);
    }

    private static Label figureName(String name, String explanation) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setTooltip(new Tooltip(explanation));
        return label;
    }

    private static Label figure(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    public TableView<LabelAgreement> perLabelTable() {
        return perLabel;
    }

    /** Opens the window and measures the first labelled schema (off the FX thread). */
    public static Stage show(AgreementViewModel viewModel, Window owner) {
        Stage[] stage = new Stage[1];
        stage[0] = MeasureTables.window("Agreement", new AgreementView(viewModel, () -> stage[0].close()), owner, 1060, 720);
        stage[0].show();
        viewModel.load();
        return stage[0];
    }
}
