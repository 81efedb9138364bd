package org.postlens.app.ui.detail;

import atlantafx.base.theme.Styles;
import java.io.ByteArrayInputStream;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.postlens.app.domain.ImageText;
import org.postlens.app.domain.ImageCluster;
import org.postlens.app.domain.Media;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.domain.TaskKeys;
import org.postlens.runtime.Contribution;
import org.postlens.app.ui.detail.PostDetailViewModel.Detail;
import org.postlens.app.ui.detail.PostDetailViewModel.Field;

/** The selected post: full text (right to left when it is mainly Arabic or Hebrew), images, metadata, raw record. */
public final class PostDetailView extends ScrollPane {

    private static final double THUMBNAIL_WIDTH = 340;

    private final VBox content = new VBox(12);
    // Wrapped by Postlens, not by a TextFlow: see WrappedText for the Arabic and Devanagari lines JavaFX got wrong.
    private final WrappedText postText = new WrappedText("detail-text");
    private final Button copyText = new Button("Copy text", new FontIcon(Feather.COPY));
    private final FlowPane images = new FlowPane(8, 8);
    private final GridPane metadata = new GridPane();
    private final TextArea raw = new TextArea();
    private final Label empty = new Label("Select a post to read it here.");
    private final VBox predictions = new VBox(8);
    private final PostDetailViewModel viewModel;
    private final Button likeThis = new Button("Posts like this", new FontIcon(Feather.LAYERS));
    private java.util.function.LongConsumer onPostsLikeThis = postId -> { };
    private long shownPostId = -1;
    private final VBox elsewhere = new VBox(4);

    public PostDetailView(PostDetailViewModel viewModel) {
        this.viewModel = viewModel;
        setId("post-detail");
        predictions.setId("detail-predictions");
        getStyleClass().addAll("post-detail", atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(14));
        postText.setId("detail-text");
        postText.setMaxWidth(Double.MAX_VALUE);
        copyText.setId("copy-text");
        copyText.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        copyText.setTooltip(new Tooltip("Copy the full text of the post to the clipboard"));
        copyText.setOnAction(event -> copy(postText.getText()));
        likeThis.setId("posts-like-this");
        likeThis.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        likeThis.setTooltip(new Tooltip("The posts closest in meaning to this one, in any language (Ctrl+L)"));
        likeThis.setOnAction(event -> {
            if (shownPostId >= 0) {
                onPostsLikeThis.accept(shownPostId);
            }
        });
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        metadata.setHgap(12);
        metadata.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(96);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        metadata.getColumnConstraints().setAll(labels, values);
        raw.setEditable(false);
        raw.setWrapText(true);
        raw.setPrefRowCount(14);
        raw.getStyleClass().add("raw-record");
        show(null);
        setContent(content);
        viewModel.detailProperty().addListener((obs, old, detail) -> show(detail));
        elsewhere.setId("image-elsewhere");
        viewModel.elsewhereProperty().addListener((obs, old, found) -> showElsewhere(found));
        viewModel.explanationsProperty().addListener((obs, old, explained) -> {
            Detail detail = viewModel.detailProperty().get();
            if (detail != null) {
                showPredictions(detail);
            }
        });
    }

    private void show(Detail detail) {
        if (detail == null) {
            shownPostId = -1;
            content.getChildren().setAll(empty);
            return;
        }
        shownPostId = detail.post().id();
        String text = detail.post().text() == null ? "" : detail.post().text();
        postText.setFontFamily(ScriptFont.familyFor(text));
        postText.setText(text.isEmpty() ? "(no text: an image-only post)" : text, detail.rightToLeft());
        copyText.setDisable(text.isEmpty());
        likeThis.setDisable(text.isEmpty());

        images.getChildren().clear();
        for (Media media : detail.images()) {
            VBox picture = new VBox(6, thumbnail(media), imageFacts(media, detail.imageFields(media)));
            ImageText read = detail.imageTexts().get(media.sha256());
            images.getChildren().add(read == null ? picture : new HBox(10, picture, imageText(read)));
        }
        elsewhere.getChildren().clear();
        for (String url : detail.remoteImages()) {
            Label remote = new Label("Image not stored: " + url);
            remote.getStyleClass().add(Styles.TEXT_MUTED);
            remote.setWrapText(true);
            images.getChildren().add(remote);
        }

        metadata.getChildren().clear();
        int row = 0;
        for (Field field : detail.fields()) {
            Label label = new Label(field.label());
            label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            metadata.add(label, 0, row);
            metadata.add(field.link() ? link(field.value()) : selectable(field.value()), 1, row);
            row++;
        }

        raw.setText(detail.prettyRaw());
        TitledPane rawPane = new TitledPane("Raw record as imported", raw);
        rawPane.setExpanded(false);
        rawPane.setAnimated(false);

        content.getChildren().setAll(postText);
        if (!images.getChildren().isEmpty()) {
            content.getChildren().addAll(images, elsewhere);
        }
        showPredictions(detail);
        if (!detail.predictions().isEmpty()) {
            content.getChildren().add(predictions);
        }
        content.getChildren().add(metadata);
        if (!detail.annotations().isEmpty()) {
            content.getChildren().add(labelHistory(detail));
        }
        content.getChildren().addAll(new javafx.scene.layout.HBox(8, copyText, likeThis), rawPane);
        setVvalue(0);
    }

    /** Who labelled the post, when and how, in every schema (Annotate ▸ Label posts writes these rows). */
    private static TitledPane labelHistory(Detail detail) {
        VBox lines = new VBox(4);
        lines.setId("detail-label-history");
        java.util.Set<Long> superseded = new java.util.HashSet<>();
        detail.annotations().forEach(row -> {
            if (row.annotation().supersedes() != null) {
                superseded.add(row.annotation().supersedes());
            }
        });
        for (PostDetailViewModel.SchemaAnnotation row : detail.annotations()) {
            Label line = org.postlens.app.ui.label.LabellingView.historyLine(row.annotation(),
                    superseded.contains(row.annotation().id()));
            line.setText(row.schema() + ": " + line.getText());
            lines.getChildren().add(line);
        }
        TitledPane pane = new TitledPane("Labels and their history (" + detail.annotations().size() + ")", lines);
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

    /** The image's metadata lines, a copyable GPS position, and the "Where else?" action. */
    private VBox imageFacts(Media media, java.util.List<Field> fields) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("image-metadata");
        grid.setHgap(10);
        grid.setVgap(2);
        int row = 0;
        for (Field field : fields) {
            Label label = new Label(field.label());
            label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            grid.add(label, 0, row);
            Label value = selectable(field.value());
            value.getStyleClass().add(Styles.TEXT_SMALL);
            if (field.label().equals("GPS") && !field.value().equals("—")) {
                Button copyGps = new Button("Copy", new FontIcon(Feather.COPY));
                copyGps.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
                copyGps.setTooltip(new Tooltip("Copy \"lat, lon\" to paste into a map"));
                copyGps.setOnAction(event -> copy(field.value()));
                grid.add(new javafx.scene.layout.HBox(6, value, copyGps), 1, row);
            } else {
                grid.add(value, 1, row);
            }
            row++;
        }
        if (fields.isEmpty()) {
            Label unread = new Label("Metadata not read yet: run postlens images PROJECT");
            unread.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            grid.add(unread, 0, 0, 2, 1);
        }
        Button where = new Button("Where else?", new FontIcon(Feather.SEARCH));
        where.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        where.setTooltip(new Tooltip("Other posts showing this image or a near copy (rescaled, cropped, captioned)"));
        where.setOnAction(event -> {
            elsewhere.getChildren().setAll(new Label("Looking for this image in other posts…"));
            viewModel.findElsewhere(media.sha256());
        });
        return new VBox(4, grid, where);
    }

    private record Sighting(Post post, int distance) {}

    private void showElsewhere(PostDetailViewModel.Elsewhere found) {
        if (found == null || found.postId() != shownPostId) {
            elsewhere.getChildren().clear();
            return;
        }
        java.util.List<javafx.scene.Node> lines = new java.util.ArrayList<>();
        long posts = found.matches().stream().mapToLong(match -> match.posts().size()).sum();
        Label title = new Label(posts == 0 ? "This image appears in no other post."
                : "This image appears in " + posts + " other post" + (posts == 1 ? "" : "s") + ", first seen first:");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        lines.add(title);
        found.matches().stream()
                .flatMap(match -> match.posts().stream().map(post -> new Sighting(post, match.distance())))
                .sorted(java.util.Comparator.comparing(Sighting::post, ImageCluster.FIRST_SEEN_FIRST))
                .forEach(sighting -> {
                    Post post = sighting.post();
                    String when = post.createdAt() == null ? "no date" : PostDetailViewModel.FULL_DATE.format(post.createdAt());
                    Label line = selectable("post " + post.sourceId() + " · " + when
                            + (post.author() == null ? "" : " · @" + post.author())
                            + (sighting.distance() == 0 ? " · same image" : " · " + sighting.distance() + " bits apart"));
                    line.getStyleClass().add(Styles.TEXT_SMALL);
                    lines.add(line);
                });
        elsewhere.getChildren().setAll(lines);
    }

    /**
     * For each task: the label and score, every label's score, the model and run that made it, and the words or
     * n-grams that pushed it most (once the explanation has been computed).
     */
    private void showPredictions(Detail detail) {
        predictions.getChildren().clear();
        PostDetailViewModel.Explanations explained = viewModel.explanationsProperty().get();
        boolean explainedThis = explained != null && explained.postId() == detail.post().id();
        for (StoredPrediction prediction : detail.predictions()) {
            Label heading = new Label(TaskKeys.display(prediction.task()) + ": " + prediction.label() + "  "
                    + String.format("%.2f", prediction.score()));
            heading.getStyleClass().add(Styles.TEXT_BOLD);
            heading.setId("prediction-" + TaskKeys.nodeId(prediction.task()));
            Label classes = new Label(prediction.scores().entrySet().stream()
                    .map(entry -> entry.getKey() + " " + String.format("%.2f", entry.getValue()))
                    .collect(java.util.stream.Collectors.joining(" \u00B7 ")));
            classes.setWrapText(true);
            classes.getStyleClass().add(Styles.TEXT_SMALL);
            Run run = prediction.run();
            Label model = new Label(run.modelId() + " " + run.modelVersion() + " \u00B7 " + run.engine() + " on "
                    + run.device() + " \u00B7 run " + run.id() + ", " + PostDetailViewModel.FULL_DATE.format(run.startedAt()));
            model.setWrapText(true);
            model.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            Label pushedBy = new Label(pushedBy(prediction, explainedThis ? explained : null));
            pushedBy.setWrapText(true);
            pushedBy.setId("pushed-by-" + TaskKeys.nodeId(prediction.task()));
            pushedBy.getStyleClass().add(Styles.TEXT_SMALL);
            predictions.getChildren().add(new VBox(2, heading, classes, pushedBy, model));
        }
    }

    private static String pushedBy(StoredPrediction prediction, PostDetailViewModel.Explanations explained) {
        if (explained == null) {
            return "Pushed by: \u2026";
        }
        if (explained.problem() != null) {
            return explained.problem();
        }
        java.util.List<Contribution> words = explained.byTask().get(prediction.task());
        if (words == null || words.isEmpty()) {
            return "Pushed by: not available (the model that made it, or that version of it, is not among the packs now)";
        }
        return "Pushed by: " + words.stream()
                .map(word -> "\u201C" + word.feature() + "\u201D " + String.format("%+.2f", word.weight()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** What the "Posts like this" button does with the id of the post shown. */
    public void setOnPostsLikeThis(java.util.function.LongConsumer action) {
        onPostsLikeThis = action;
    }

    private static Label selectable(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        return label;
    }

    /** Postlens never opens the network: a URL is copied for the user to open where they choose. */
    private static Hyperlink link(String url) {
        Hyperlink link = new Hyperlink(url);
        link.setTooltip(new Tooltip("Click to copy the URL (Postlens works offline and opens no links)"));
        link.setWrapText(true);
        link.setPadding(Insets.EMPTY);
        link.setOnAction(event -> {
            copy(url);
            link.setVisited(true);
        });
        return link;
    }

    private static void copy(String text) {
        ClipboardContent clip = new ClipboardContent();
        clip.putString(text);
        Clipboard.getSystemClipboard().setContent(clip);
    }

    private StackPane thumbnail(Media media) {
        Image image = fxImage(media);
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(Math.min(THUMBNAIL_WIDTH, image.getWidth() > 0 ? image.getWidth() : THUMBNAIL_WIDTH));
        view.setFitHeight(260);
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("detail-image");
        frame.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(frame, new Tooltip("Click to view larger"));
        frame.setOnMouseClicked(event -> showLarge(image, frame.getScene() == null ? null : frame.getScene().getWindow()));
        return frame;
    }

    /** The text OCR read in the image, beside it; right to left when it is mainly Arabic. */
    private static VBox imageText(ImageText text) {
        Label heading = new Label(text.isProblem() ? "Text in image: not read"
                : String.format("Text in image (%s, confidence %d%%)", text.languages(), text.confidence()));
        heading.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(4, heading);
        box.getStyleClass().add("image-text");
        box.setPrefWidth(THUMBNAIL_WIDTH);
        box.setMaxWidth(THUMBNAIL_WIDTH);
        if (text.isProblem() || text.text().isBlank()) {
            Label none = new Label(text.isProblem() ? text.problem() : "(no text found)");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setWrapText(true);
            box.getChildren().add(none);
        } else {
            WrappedText read = new WrappedText("image-text-line");
            read.getStyleClass().add("image-text-body");
            read.setFontFamily(ScriptFont.familyFor(text.text()));
            read.setText(text.text(), TextDirection.isMainlyRightToLeft(text.text()));
            box.getChildren().add(read);
        }
        return box;
    }

    /** JavaFX reads JPEG, PNG, GIF and BMP itself; WebP goes through ImageIO, where its decoder is registered. */
    public static Image fxImage(Media media) {
        Image image = new Image(new ByteArrayInputStream(media.bytes()));
        if (!image.isError()) {
            return image;
        }
        try {
            java.awt.image.BufferedImage decoded = javax.imageio.ImageIO.read(new ByteArrayInputStream(media.bytes()));
            return decoded == null ? image : javafx.embed.swing.SwingFXUtils.toFXImage(decoded, null);
        } catch (java.io.IOException | RuntimeException e) {
            return image;
        }
    }

    private static void showLarge(Image image, Window owner) {
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        ScrollPane scroll = new ScrollPane(new StackPane(view));
        scroll.setPannable(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Image " + (int) image.getWidth() + " × " + (int) image.getHeight());
        double width = Math.min(1200, Math.max(300, image.getWidth() + 20));
        double height = Math.min(900, Math.max(200, image.getHeight() + 20));
        stage.setScene(new Scene(scroll, width, height));
        stage.getScene().setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.show();
    }
}
