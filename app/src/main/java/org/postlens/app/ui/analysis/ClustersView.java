package org.postlens.app.ui.analysis;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.postlens.app.domain.Post;
import org.postlens.app.embed.DuplicateCluster;

/**
 * Near-duplicate clusters in place of the posts table: one row per group of (nearly) the same text, with who
 * posted it first and when, how long it spread and through how many accounts; below, the posts of the chosen
 * group, first seen first. Choosing a post shows it in the detail pane.
 */
public final class ClustersView extends BorderPane {

    private final TableView<DuplicateCluster> clusters = new TableView<>();
    private final TableView<Post> members = new TableView<>();

    public ClustersView(ClustersViewModel viewModel, Runnable back, LongConsumer showPost) {
        setId("clusters-view");
        getStyleClass().add("analysis-view");

        Button backButton = new Button("Posts", new FontIcon(Feather.ARROW_LEFT));
        backButton.setId("clusters-back");
        backButton.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        backButton.setTooltip(new Tooltip("Back to the posts table (Esc)"));
        backButton.setOnAction(event -> back.run());
        backButton.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label("Near-duplicate clusters");
        title.getStyleClass().add(Styles.TITLE_4);

        Spinner<Double> threshold = new Spinner<>();
        threshold.setId("cluster-threshold");
        SpinnerValueFactory.DoubleSpinnerValueFactory values = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                ClustersViewModel.MIN_THRESHOLD, 1.0, viewModel.thresholdProperty().get(), 0.01);
        values.setConverter(new javafx.util.converter.DoubleStringConverter() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", value);
            }
        });
        threshold.setValueFactory(values);
        threshold.setEditable(true);
        threshold.setPrefWidth(124);
        threshold.setMinWidth(124);
        threshold.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        threshold.setTooltip(new Tooltip("How alike two posts must be to be grouped (cosine similarity of their"
                + " meaning, 0.5 to 1). 0.9: the same text with small edits; lower: paraphrases too."));
        values.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                viewModel.thresholdProperty().set(value);
            }
        });
        Label thresholdLabel = new Label("Similarity \u2265");
        thresholdLabel.setLabelFor(threshold);

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(viewModel.busyProperty());
        Label summary = new Label();
        summary.setId("clusters-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, backButton, title, spacer, working, summary, thresholdLabel, threshold);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.getStyleClass().add("filter-bar");
        setTop(bar);

        clusters.setId("clusters-table");
        clusters.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        clusters.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        clusters.setFixedCellSize(28);
        TableColumn<DuplicateCluster, String> size = PostTables.number("Posts", c -> String.format("%,d", c.size()), 56);
        TableColumn<DuplicateCluster, String> first = PostTables.fixed("First seen (UTC)", c -> PostTables.date(c.firstSeen().createdAt()), 142);
        TableColumn<DuplicateCluster, String> by = PostTables.fixed("First by", c -> PostTables.author(c.firstSeen().author()), 140);
        TableColumn<DuplicateCluster, String> span = PostTables.fixed("Spread over", ClustersViewModel::span, 100);
        TableColumn<DuplicateCluster, String> authors = PostTables.number("Accounts", c -> String.format("%,d", c.authors().size()), 88);
        TableColumn<DuplicateCluster, String> text = PostTables.text("Text (first post)", c -> c.firstSeen().text() == null ? "" : c.firstSeen().text());
        clusters.getColumns().setAll(List.of(size, first, by, span, authors, text));
        clusters.setItems(viewModel.clusters());
        clusters.setPlaceholder(placeholder(viewModel));
        clusters.getSelectionModel().selectedItemProperty().addListener((obs, old, cluster) -> {
            if (viewModel.selectedProperty().get() != cluster) {
                viewModel.selectedProperty().set(cluster);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, cluster) -> {
            if (cluster == null) {
                clusters.getSelectionModel().clearSelection();
            } else if (clusters.getSelectionModel().getSelectedItem() != cluster) {
                clusters.getSelectionModel().select(cluster);
                clusters.scrollTo(cluster);
            }
        });

        members.setId("cluster-members");
        members.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        members.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        members.setFixedCellSize(28);
        TableColumn<Post, String> order = PostTables.number("#", post -> "", 40);
        order.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : String.valueOf(getIndex() + 1));
            }
        });
        TableColumn<Post, String> date = PostTables.fixed("Date (UTC)", post -> PostTables.date(post.createdAt()), 142);
        TableColumn<Post, String> author = PostTables.fixed("Author", post -> PostTables.author(post.author()), 140);
        TableColumn<Post, String> postText = PostTables.text("Text", post -> post.text() == null ? "" : post.text());
        TableColumn<Post, String> lang = PostTables.fixed("Lang", post -> post.lang() == null ? "" : post.lang(), 54);
        members.getColumns().setAll(List.of(order, date, author, postText, lang));
        members.setItems(viewModel.members());
        Label noCluster = new Label("Choose a cluster above to list its posts, first seen first.");
        noCluster.getStyleClass().add(Styles.TEXT_MUTED);
        members.setPlaceholder(noCluster);
        members.getSelectionModel().selectedItemProperty().addListener((obs, old, post) -> {
            if (post != null) {
                showPost.accept(post.id());
            }
        });
        viewModel.members().addListener((javafx.collections.ListChangeListener<Post>) change -> {
            if (!members.getItems().isEmpty()) {
                members.getSelectionModel().select(0);
                members.scrollTo(0);
            }
        });

        Label membersTitle = new Label("Posts of the chosen cluster, first seen first");
        membersTitle.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        membersTitle.setPadding(new Insets(6, 10, 4, 10));
        VBox lower = new VBox(membersTitle, members);
        VBox.setVgrow(members, Priority.ALWAYS);
        SplitPane split = new SplitPane(clusters, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        setCenter(split);

        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !(event.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                back.run();
                event.consume();
            }
        });
    }

    private static Label placeholder(ClustersViewModel viewModel) {
        Label label = new Label();
        label.setId("clusters-message");
        label.setWrapText(true);
        label.setMaxWidth(420);
        label.setGraphic(new FontIcon(Feather.LAYERS));
        label.setContentDisplay(ContentDisplay.TOP);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, "posts-empty");
        label.textProperty().bind(viewModel.messageProperty());
        return label;
    }

    public TableView<DuplicateCluster> clustersTable() {
        return clusters;
    }

    public TableView<Post> membersTable() {
        return members;
    }
}
