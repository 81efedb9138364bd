package org.postlens.app.ui.analysis;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.postlens.app.embed.SimilarPost;

/**
 * "Posts like this" in place of the posts table: the posts closest in meaning to a post or to a typed text,
 * best first with their similarity score. Choosing one shows it in the detail pane; Back (or Esc) returns to the table.
 */
public final class SimilarPostsView extends BorderPane {

    private final TableView<SimilarPost> table = new TableView<>();
    private final TextField query = new TextField();

    public SimilarPostsView(EmbeddingsViewModel viewModel, Runnable back, LongConsumer showPost) {
        setId("similar-view");
        getStyleClass().add("analysis-view");

        Button backButton = new Button("Posts", new FontIcon(Feather.ARROW_LEFT));
        backButton.setId("similar-back");
        backButton.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        backButton.setTooltip(new Tooltip("Back to the posts table (Esc)"));
        backButton.setOnAction(event -> back.run());
        backButton.setMinWidth(Region.USE_PREF_SIZE);
        Label heading = new Label();
        heading.setId("similar-heading");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setTextOverrun(OverrunStyle.ELLIPSIS);
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.setMinWidth(0);
        heading.textProperty().bind(viewModel.headingProperty());
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox title = new HBox(10, backButton, heading);
        title.setAlignment(Pos.CENTER_LEFT);

        query.setId("similar-query");
        query.setPromptText("Find posts that say\u2026 (in English; Enter)");
        query.setTooltip(new Tooltip("Search by meaning, not by words: the text is encoded like the posts and the"
                + " closest posts are listed"));
        query.setText(viewModel.queryProperty().get());
        query.setOnAction(event -> viewModel.likeText(query.getText()));
        HBox.setHgrow(query, Priority.ALWAYS);
        Button find = new Button("Find", new FontIcon(Feather.SEARCH));
        find.setId("similar-find");
        find.setDefaultButton(false);
        find.setOnAction(event -> viewModel.likeText(query.getText()));
        find.disableProperty().bind(query.textProperty().isEmpty());
        HBox search = new HBox(8, new FontIcon(Feather.MESSAGE_SQUARE), query, find);
        search.setAlignment(Pos.CENTER_LEFT);

        VBox top = new VBox(8, title, search);
        top.setPadding(new Insets(8, 10, 8, 10));
        top.getStyleClass().add("filter-bar");
        setTop(top);

        table.setId("similar-table");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(28);
        TableColumn<SimilarPost, String> score = PostTables.number("Score", post -> String.format("%.3f", post.score()), 64);
        score.setGraphic(null);
        TableColumn<SimilarPost, String> date = PostTables.fixed("Date (UTC)", post -> PostTables.date(post.post().createdAt()), 142);
        TableColumn<SimilarPost, String> author = PostTables.fixed("Author", post -> PostTables.author(post.post().author()), 140);
        TableColumn<SimilarPost, String> text = PostTables.text("Text", post -> post.post().text() == null ? "" : post.post().text());
        TableColumn<SimilarPost, String> lang = PostTables.fixed("Lang", post -> post.post().lang() == null ? "" : post.post().lang(), 54);
        table.getColumns().setAll(List.of(score, date, author, text, lang));
        table.setItems(viewModel.results());
        Label placeholder = new Label();
        placeholder.setId("similar-message");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(420);
        placeholder.setGraphic(new FontIcon(Feather.LAYERS));
        placeholder.setContentDisplay(ContentDisplay.TOP);
        placeholder.getStyleClass().addAll(Styles.TEXT_MUTED, "posts-empty");
        placeholder.textProperty().bind(viewModel.messageProperty());
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, post) -> {
            if (post != null) {
                showPost.accept(post.post().id());
            }
        });
        viewModel.results().addListener((javafx.collections.ListChangeListener<SimilarPost>) change -> {
            if (!table.getItems().isEmpty()) {
                table.scrollTo(0);
            }
        });
        setCenter(table);

        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                back.run();
                event.consume();
            }
        });
    }

    public TableView<SimilarPost> table() {
        return table;
    }

    /** Puts the cursor in the "Find posts that say…" field. */
    public void focusQuery() {
        query.requestFocus();
        query.selectAll();
    }
}
