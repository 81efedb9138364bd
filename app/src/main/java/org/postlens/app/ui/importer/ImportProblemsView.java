package org.postlens.app.ui.importer;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.postlens.app.ui.posts.PostsViewModel.SourceChoice;

/** A window listing the project's import problems, a page at a time, filtered by import. */
public final class ImportProblemsView extends BorderPane {

    public ImportProblemsView(ImportProblemsViewModel viewModel) {
        ComboBox<SourceChoice> source = new ComboBox<>(viewModel.sources());
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());
        Label pageText = new Label(viewModel.pageText());
        viewModel.countProperty().addListener((obs, o, n) -> pageText.setText(viewModel.pageText()));
        viewModel.pageProperty().addListener((obs, o, n) -> pageText.setText(viewModel.pageText()));
        Button previous = new Button(null, new FontIcon(Feather.CHEVRON_LEFT));
        previous.setOnAction(event -> viewModel.previous());
        Button next = new Button(null, new FontIcon(Feather.CHEVRON_RIGHT));
        next.setOnAction(event -> viewModel.next());
        previous.setTooltip(new Tooltip("Previous page"));
        next.setTooltip(new Tooltip("Next page"));
        source.setTooltip(new Tooltip("Show the problems of one import, or of all"));
        previous.getStyleClass().add(Styles.BUTTON_ICON);
        next.getStyleClass().add(Styles.BUTTON_ICON);
        HBox bar = new HBox(8, new Label("Import:"), source, previous, next, pageText);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        Label explain = new Label("Rejected: the record was not imported. Warning: the post was imported with that part "
                + "left empty. Record: which record of the file (the first is 1); line: where it starts in the file. Hover a cell to read it whole.");
        explain.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        explain.setWrapText(true);
        explain.setPadding(new Insets(0, 8, 8, 8));
        setTop(new javafx.scene.layout.VBox(bar, explain));
        setCenter(ProblemsTable.create(viewModel.problems()));
    }

    public static void show(ImportProblemsViewModel viewModel, Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Import problems");
        Scene scene = new Scene(new ImportProblemsView(viewModel), 1000, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
    }
}
