package org.postlens.app.ui.label;

import atlantafx.base.theme.Styles;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.postlens.app.annotate.LabellingItem;
import org.postlens.app.annotate.QueueKind;
import org.postlens.app.domain.Annotation;
import org.postlens.app.domain.AnnotationAction;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.Media;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.domain.TaskKeys;
import org.postlens.app.language.LanguageCodes;
import org.postlens.app.ui.detail.PostDetailView;
import org.postlens.app.ui.detail.ScriptFont;
import org.postlens.app.ui.detail.TextDirection;
import org.postlens.app.ui.detail.WrappedText;

/**
 * Labelling from the keyboard: the post large on the left (right to left where it reads so, with its images), the
 * schema's labels with their keys on the right, the model's prediction unless blind, and the post's audit trail;
 * the keys are listed along the bottom.
 */
public final class LabellingView extends BorderPane {

    public static final String LEGEND = "Label: the key beside it \u00B7 Enter: confirm (multi-label) \u00B7 \u2192 next \u00B7 "
            + "\u2190 previous \u00B7 Space skip \u00B7 Ctrl+Z undo \u00B7 Ctrl+N note \u00B7 Ctrl+H hide/show predictions \u00B7 Esc close";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter WHEN_EXACT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final LabellingViewModel viewModel;
    private final Label meta = new Label();
    private final WrappedText text = new WrappedText("label-post-text");
    private final FlowPane images = new FlowPane(10, 10);
    private final VBox postCard = new VBox(16);
    private final ScrollPane postScroll = new ScrollPane(postCard);
    private final Label schemaTitle = new Label();
    private final Label schemaHelp = new Label();
    private final VBox labels = new VBox(4);
    private final Label multiHint = new Label("Keys tick and untick; Enter saves the ticked labels (none is an answer too).");
    private final VBox prediction = new VBox(2);
    private final Label noteLine = new Label();
    private final Label others = new Label();
    private final VBox history = new VBox(4);
    private final Label progress = new Label();
    private final Label message = new Label();
    private final Label empty = new Label();

    public LabellingView(LabellingViewModel viewModel) {
        this.viewModel = viewModel;
        setId("labelling-view");
        getStyleClass().add("labelling-view");
        setTop(toolbar());
        setCenter(body());
        setBottom(footer());
        viewModel.itemProperty().addListener((obs, old, item) -> showItem(item));
        viewModel.chosenLabels().addListener((javafx.collections.ListChangeListener<String>) change -> showLabels());
        viewModel.blindProperty().addListener((obs, old, blind) -> showPrediction());
        viewModel.noteProperty().addListener((obs, old, note) -> showNote());
        viewModel.schemaProperty().addListener((obs, old, schema) -> showLabels());
        progress.textProperty().bind(viewModel.progressProperty());
        message.textProperty().bind(viewModel.messageProperty());
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        showItem(null);
    }

    private HBox toolbar() {
        ComboBox<LabelSchema> schema = new ComboBox<>(viewModel.schemaChoices());
        schema.setId("label-schema");
        schema.setConverter(new StringConverter<>() {
            @Override
            public String toString(LabelSchema value) {
                return value == null ? "" : value.title() + "  (" + value.name() + ")";
            }

            @Override
            public LabelSchema fromString(String string) {
                return null;
            }
        });
        schema.setVisibleRowCount(16);
        schema.valueProperty().bindBidirectional(viewModel.schemaProperty());
        schema.setOnAction(event -> focusPost());
        ComboBox<QueueKind> queue = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(viewModel.queueKinds()));
        queue.setId("label-queue");
        queue.valueProperty().bindBidirectional(viewModel.queueKindProperty());
        queue.setOnAction(event -> focusPost());
        ComboBox<String> filter = new ComboBox<>(viewModel.savedFilters());
        filter.setId("label-saved-filter");
        filter.setPromptText("saved filter");
        filter.valueProperty().bindBidirectional(viewModel.savedFilterProperty());
        filter.visibleProperty().bind(viewModel.queueKindProperty().isEqualTo(QueueKind.SAVED_FILTER));
        filter.managedProperty().bind(filter.visibleProperty());
        filter.setOnAction(event -> focusPost());
        for (Node node : List.of(schema, queue, filter)) {
            node.setFocusTraversable(false);
        }
        Button who = new Button();
        who.setId("label-annotator");
        who.setGraphic(new FontIcon(Feather.USER));
        who.textProperty().bind(javafx.beans.binding.Bindings.concat("Labelling as ", viewModel.annotatorProperty()));
        who.setTooltip(new Tooltip("Change the name your labels are given under"));
        who.getStyleClass().add(Styles.FLAT);
        who.setFocusTraversable(false);
        who.setOnAction(event -> askAnnotator(getScene() == null ? null : getScene().getWindow()));
        ToggleButton blind = new ToggleButton("Blind", new FontIcon(Feather.EYE_OFF));
        blind.setId("label-blind");
        blind.setTooltip(new Tooltip("Hide the model's predictions while you label, so they do not anchor you (Ctrl+H)"));
        blind.selectedProperty().bindBidirectional(viewModel.blindProperty());
        blind.setFocusTraversable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, new Label("Schema"), schema, new Label("Queue"), queue, filter, spacer, who, blind);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("label-toolbar");
        return bar;
    }

    private SplitPane body() {
        meta.setId("label-post-meta");
        meta.getStyleClass().addAll(Styles.TEXT_MUTED);
        meta.setWrapText(true);
        text.setId("label-post-text");
        text.setMaxWidth(Double.MAX_VALUE);
        images.setId("label-post-images");
        empty.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TITLE_4);
        empty.setWrapText(true);
        postCard.setPadding(new Insets(24, 32, 24, 32));
        postCard.getStyleClass().add("label-post");
        postScroll.setFitToWidth(true);
        postScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        postScroll.setId("label-post");

        schemaTitle.getStyleClass().add(Styles.TITLE_4);
        schemaTitle.setWrapText(true);
        schemaHelp.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        schemaHelp.setWrapText(true);
        labels.setId("label-choices");
        multiHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        multiHint.setWrapText(true);
        prediction.setId("label-prediction");
        noteLine.setId("label-note");
        noteLine.setWrapText(true);
        others.setId("label-others");
        others.setWrapText(true);
        others.getStyleClass().add(Styles.TEXT_SMALL);
        history.setId("label-history");
        TitledPane historyPane = new TitledPane("History of this post (audit trail)", history);
        historyPane.setAnimated(false);
        historyPane.setExpanded(true);
        VBox side = new VBox(12, schemaTitle, schemaHelp, labels, multiHint, noteLine, prediction, others, historyPane);
        side.setPadding(new Insets(16));
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.setFocusTraversable(false);
        sideScroll.setMinWidth(320);
        SplitPane split = new SplitPane(postScroll, sideScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.64);
        return split;
    }

    private VBox footer() {
        progress.setId("label-progress");
        progress.getStyleClass().add(Styles.TEXT_BOLD);
        message.setId("label-message");
        Label legend = new Label(LEGEND);
        legend.setId("label-legend");
        legend.setWrapText(true);
        legend.getStyleClass().add("label-legend");
        VBox footer = new VBox(4, new HBox(16, progress, message), legend);
        footer.setPadding(new Insets(6, 12, 8, 12));
        footer.getStyleClass().add("status-bar");
        return footer;
    }

    private void keys(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl) {
            return;
        }
        boolean shortcut = event.isShortcutDown();
        KeyCode code = event.getCode();
        boolean handled = true;
        if (shortcut && code == KeyCode.Z) {
            viewModel.undo();
        } else if (shortcut && code == KeyCode.N) {
            editNote();
        } else if (shortcut && code == KeyCode.H) {
            viewModel.blindProperty().set(!viewModel.blindProperty().get());
        } else if (shortcut || event.isAltDown()) {
            handled = false;
        } else if (code == KeyCode.RIGHT) {
            viewModel.next();
        } else if (code == KeyCode.LEFT) {
            viewModel.previous();
        } else if (code == KeyCode.SPACE) {
            viewModel.skip();
        } else if (code == KeyCode.ENTER) {
            viewModel.confirm();
        } else if (code == KeyCode.BACK_SPACE) {
            viewModel.undo();
        } else if (code == KeyCode.ESCAPE && getScene() != null && getScene().getWindow() instanceof Stage stage) {
            stage.close();
        } else {
            handled = viewModel.typed(character(code));
        }
        if (handled) {
            event.consume();
        }
    }

    /** The character a key stands for, whatever the keyboard layout's shift state: "1", "0", "a". */
    static String character(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return name.substring(name.length() - 1);
        }
        if (code.isLetterKey()) {
            return code.getName().toLowerCase(java.util.Locale.ROOT);
        }
        return "";
    }

    private void showItem(LabellingItem item) {
        if (item == null) {
            empty.setText(viewModel.finishedProperty().get() ? "This queue has no more posts for you."
                    : viewModel.openingProperty().get() ? "Opening the queue \u2026"
                    : "Choose a schema and a queue to start labelling.");
            postCard.getChildren().setAll(empty);
            history.getChildren().clear();
            others.setText("");
            showLabels();
            showPrediction();
            showNote();
            return;
        }
        Post post = item.post();
        meta.setText(meta(post));
        String body = post.text() == null ? "" : post.text();
        text.setFontFamily(ScriptFont.familyFor(body));
        text.setText(body.isEmpty() ? "(no text: an image-only post)" : body, TextDirection.isMainlyRightToLeft(body));
        images.getChildren().clear();
        for (Media media : item.images()) {
            images.getChildren().add(image(media, item.images().size() == 1 ? 560 : 360));
        }
        postCard.getChildren().setAll(meta, text);
        if (!images.getChildren().isEmpty()) {
            postCard.getChildren().add(images);
        }
        postScroll.setVvalue(0);
        showLabels();
        showPrediction();
        showNote();
        showOthers(item);
        showHistory(item);
    }

    private static String meta(Post post) {
        List<String> parts = new ArrayList<>();
        parts.add(post.author() == null ? "unknown author" : "@" + post.author());
        parts.add(post.createdAt() == null ? "no date" : WHEN.format(post.createdAt()));
        if (post.platform() != null && !post.platform().isBlank()) {
            parts.add(post.platform());
        }
        if (post.lang() != null) {
            parts.add(LanguageCodes.displayName(post.lang()));
        }
        parts.add("post " + post.sourceId());
        return String.join("  \u00B7  ", parts);
    }

    private static Node image(Media media, double width) {
        Image image = PostDetailView.fxImage(media);
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(Math.min(width, image.getWidth() > 0 ? image.getWidth() : width));
        view.setFitHeight(420);
        VBox frame = new VBox(view);
        frame.getStyleClass().add("detail-image");
        return frame;
    }

    private void showLabels() {
        LabelSchema schema = viewModel.shownSchema();
        labels.getChildren().clear();
        if (schema == null) {
            schemaTitle.setText("");
            schemaHelp.setText("");
            multiHint.setVisible(false);
            return;
        }
        schemaTitle.setText(schema.title() + (viewModel.adjudicating() ? " \u2014 adjudication" : ""));
        schemaHelp.setText(schema.description());
        schemaHelp.setVisible(!schema.description().isBlank());
        schemaHelp.setManaged(schemaHelp.isVisible());
        Set<String> chosen = new HashSet<>(viewModel.chosenLabels());
        for (int i = 0; i < schema.labels().size(); i++) {
            String label = schema.labels().get(i);
            Label key = new Label(LabelKeys.keyFor(i));
            key.getStyleClass().add("label-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(label);
            name.getStyleClass().add("label-name");
            HBox row = new HBox(10, key, name);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("label-choice");
            row.setId("label-choice-" + i);
            if (chosen.contains(label)) {
                row.getStyleClass().add("chosen");
                name.setGraphic(new FontIcon(Feather.CHECK));
            }
            labels.getChildren().add(row);
        }
        multiHint.setVisible(schema.multiLabel());
        multiHint.setManaged(schema.multiLabel());
    }

    private void showPrediction() {
        prediction.getChildren().clear();
        LabellingItem item = viewModel.itemProperty().get();
        if (item == null) {
            return;
        }
        if (viewModel.blindProperty().get()) {
            Label hidden = new Label("Blind labelling: the model's prediction is hidden (Ctrl+H shows it).");
            hidden.setId("label-prediction-hidden");
            hidden.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            hidden.setWrapText(true);
            prediction.getChildren().add(hidden);
            return;
        }
        Optional<StoredPrediction> shown = viewModel.visiblePrediction();
        if (shown.isEmpty()) {
            Label none = new Label("No model prediction for this schema on this post.");
            none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            none.setWrapText(true);
            prediction.getChildren().add(none);
            return;
        }
        StoredPrediction predicted = shown.get();
        Label heading = new Label("Model: " + predicted.label() + "  " + String.format("%.2f", predicted.score()));
        heading.setId("label-prediction-value");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Label source = new Label(TaskKeys.display(predicted.task()) + " \u00B7 " + predicted.run().modelId() + " "
                + predicted.run().modelVersion() + " \u00B7 run " + predicted.run().id());
        source.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        source.setWrapText(true);
        prediction.getChildren().addAll(heading, source);
    }

    private void showNote() {
        String note = viewModel.noteProperty().get();
        noteLine.setText(note.isBlank() ? "" : "Note: " + note);
        noteLine.setVisible(!note.isBlank());
        noteLine.setManaged(noteLine.isVisible());
    }

    /** In the adjudication queue, what each annotator gave; elsewhere the other annotators' labels stay out of sight. */
    private void showOthers(LabellingItem item) {
        if (!viewModel.adjudicating()) {
            others.setText("");
            others.setManaged(false);
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Annotation annotation : item.current()) {
            if (!annotation.adjudication()) {
                lines.add(annotation.annotator() + ": " + labelsText(annotation.labels())
                        + (annotation.note().isBlank() ? "" : " \u2014 " + annotation.note()));
            }
        }
        others.setText("Annotators said\n" + String.join("\n", lines));
        others.setManaged(true);
    }

    private void showHistory(LabellingItem item) {
        history.getChildren().clear();
        Set<Long> superseded = new HashSet<>();
        for (Annotation annotation : item.history()) {
            if (annotation.supersedes() != null) {
                superseded.add(annotation.supersedes());
            }
        }
        for (Annotation annotation : item.history()) {
            history.getChildren().add(historyLine(annotation, superseded.contains(annotation.id())));
        }
        if (item.history().isEmpty()) {
            Label none = new Label("No one has labelled this post in this schema yet.");
            none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            history.getChildren().add(none);
        }
    }

    /** One row of a post's audit trail, as the labelling view and the detail pane show it. */
    public static Label historyLine(Annotation annotation, boolean superseded) {
        String what = annotation.action() == AnnotationAction.RETRACT ? "took back their label"
                : (annotation.adjudication() ? "adjudicated " : "labelled ") + labelsText(annotation.labels());
        String line = WHEN_EXACT.format(annotation.createdAt()) + "  " + annotation.annotator() + " " + what
                + (annotation.origin() == org.postlens.app.domain.AnnotationOrigin.PROPAGATION ? " (accepted suggestion)" : "")
                + (annotation.note().isBlank() ? "" : " \u2014 \u201C" + annotation.note() + "\u201D")
                + (annotation.tags().isEmpty() ? "" : "  #" + String.join(" #", annotation.tags()))
                + (superseded ? "  (superseded)" : "");
        Label label = new Label(line);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        if (superseded) {
            label.getStyleClass().add(Styles.TEXT_MUTED);
        }
        return label;
    }

    private static String labelsText(List<String> labels) {
        return labels.isEmpty() ? "(none)" : String.join(", ", labels);
    }

    /** Ctrl+N: the note (and tags) for the post shown. */
    public void editNote() {
        if (viewModel.itemProperty().get() == null) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Note");
        dialog.setHeaderText("A note on this post, kept with your label");
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        TextArea note = new TextArea(viewModel.noteProperty().get());
        note.setId("label-note-text");
        note.setPrefRowCount(4);
        note.setWrapText(true);
        LabelSchema schema = viewModel.shownSchema();
        TextField tags = new TextField();
        tags.setId("label-note-tags");
        tags.setPromptText(schema == null || schema.tags().isEmpty() ? "tags, separated by commas"
                : "e.g. " + String.join(", ", schema.tags()));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Note"), note);
        grid.addRow(1, new Label("Tags"), tags);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(new ButtonType("Save", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        javafx.application.Platform.runLater(note::requestFocus);
        dialog.showAndWait().filter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE).ifPresent(button ->
                viewModel.setNote(note.getText(), Arrays.stream(tags.getText().split(","))
                        .map(String::strip).filter(tag -> !tag.isEmpty()).toList()));
    }

    /** Asks the annotator's name (once: it is remembered in the settings); cancelling keeps the one there was. */
    public void askAnnotator(Window owner) {
        TextInputDialog dialog = new TextInputDialog(viewModel.annotatorProperty().get());
        dialog.setTitle("Your name");
        dialog.setHeaderText("Every label is kept with the name of who gave it and when (the audit trail).");
        dialog.setContentText("Label as");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.showAndWait().ifPresent(viewModel::setAnnotator);
        postScroll.requestFocus();
    }

    /** Focuses the post, where the keys act. */
    public void focusPost() {
        postScroll.requestFocus();
    }

    /** Opens the labelling window over {@code owner}; asks the annotator's name first when none is known. */
    public static Stage show(LabellingViewModel viewModel, Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Label posts \u2014 " + viewModel.project().name());
        LabellingView view = new LabellingView(viewModel);
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight()));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        viewModel.refresh();
        if (viewModel.needsAnnotator()) {
            view.askAnnotator(stage);
        } else {
            viewModel.start();
        }
        view.focusPost();
        return stage;
    }
}
