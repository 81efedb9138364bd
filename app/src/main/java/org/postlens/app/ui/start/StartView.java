package org.postlens.app.ui.start;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.postlens.app.ui.start.StartViewModel.RecentEntry;

/** The first screen: new, open, demo, and the recent projects. */
public final class StartView extends BorderPane {

    /** The file choosers belong to the shell, which owns the window. */
    public interface Choosers {
        void newProject();

        void openProject();
    }

    private final ListView<RecentEntry> recent;

    public StartView(StartViewModel viewModel, Choosers choosers) {
        getStyleClass().add("start-view");
        Label title = new Label("Postlens");
        title.getStyleClass().add(Styles.TITLE_1);
        Label subtitle = new Label("An offline workbench for posts and images. Nothing you open here leaves this computer.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);

        Button create = bigButton("New project…", "Start empty, then import your files · Ctrl+N",
                Feather.FILE_PLUS, "Create an empty project file (Ctrl+N)");
        create.setId("new-project");
        create.setDefaultButton(false);
        create.setOnAction(event -> choosers.newProject());
        Button open = bigButton("Open project…", "A .postlens file from you or a colleague · Ctrl+O",
                Feather.FOLDER, "Open a .postlens file (Ctrl+O)");
        open.setId("open-project");
        open.setOnAction(event -> choosers.openProject());
        Button demo = bigButton("Open demo project", "Sample posts in English, Arabic and Hindi",
                Feather.BOOK_OPEN, "A small project with sample posts in English, Arabic and Hindi");
        demo.setId("open-demo");
        demo.setOnAction(event -> viewModel.openDemo());
        demo.setDisable(!viewModel.demoAvailable());
        Label firstTime = new Label("First time here? The demo project is the quickest way to see what Postlens does.");
        firstTime.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        firstTime.setWrapText(true);
        firstTime.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.recentEntries())
                .and(demo.disableProperty().not()));
        firstTime.managedProperty().bind(firstTime.visibleProperty());
        VBox buttons = new VBox(10, create, open, demo, firstTime);
        buttons.setPrefWidth(330);
        buttons.setMinWidth(300);

        Label recentTitle = new Label("Recent projects");
        recentTitle.getStyleClass().add(Styles.TITLE_4);
        recent = new ListView<>(viewModel.recentEntries());
        recent.setId("recent-projects");
        recent.setCellFactory(list -> new RecentCell(viewModel));
        recent.setFixedCellSize(50);
        Label none = new Label("No recent projects yet.\nProjects you create or open will be listed here.");
        none.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        recent.setPlaceholder(none);
        recent.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.openRecent(recent.getSelectionModel().getSelectedItem());
            }
        });
        recent.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.openRecent(recent.getSelectionModel().getSelectedItem());
            } else if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                viewModel.forget(recent.getSelectionModel().getSelectedItem());
            }
        });
        Label recentHint = new Label("Double-click or Enter opens · Delete removes from the list (the file stays)");
        recentHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        recentHint.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.recentEntries()));
        VBox recentBox = new VBox(8, recentTitle, recent, recentHint);
        VBox.setVgrow(recent, Priority.ALWAYS);
        HBox.setHgrow(recentBox, Priority.ALWAYS);

        HBox body = new HBox(32, buttons, recentBox);
        VBox page = new VBox(6, title, subtitle, new Region(), body);
        VBox.setVgrow(body, Priority.ALWAYS);
        page.setPadding(new Insets(36, 48, 36, 48));
        page.setMaxWidth(980);
        page.setMaxHeight(640);
        setCenter(page);
    }

    public void focusRecent() {
        recent.requestFocus();
        if (!recent.getItems().isEmpty()) {
            recent.getSelectionModel().select(0);
        }
    }

    /** A large button with a title and, under it, a line saying what it does and its shortcut. */
    private static Button bigButton(String text, String caption, Feather icon, String tip) {
        Label title = new Label(text);
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label detail = new Label(caption);
        detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox lines = new VBox(2, title, detail);
        FontIcon graphic = new FontIcon(icon);
        graphic.setIconSize(22);
        HBox content = new HBox(12, graphic, lines);
        content.setAlignment(Pos.CENTER_LEFT);
        Button button = new Button(null, content);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setMnemonicParsing(false);
        button.setAccessibleText(text + ". " + caption);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMaxHeight(Region.USE_PREF_SIZE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setPadding(new Insets(10, 14, 10, 14));
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    private static final class RecentCell extends ListCell<RecentEntry> {
        private final StartViewModel viewModel;

        RecentCell(StartViewModel viewModel) {
            this.viewModel = viewModel;
        }

        @Override
        protected void updateItem(RecentEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(entry.name() + (entry.missing() ? "  (file not found)" : ""));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label path = new Label(entry.path().toString());
            path.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            VBox text = new VBox(2, name, path);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            remove.setTooltip(new Tooltip("Remove from the list (the file is not deleted)"));
            remove.setOnAction(event -> viewModel.forget(entry));
            HBox row = new HBox(8, new FontIcon(entry.missing() ? Feather.ALERT_CIRCLE : Feather.DATABASE), text, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setOpacity(entry.missing() ? 0.5 : 1);
            setGraphic(row);
            setText(null);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
    }
}
