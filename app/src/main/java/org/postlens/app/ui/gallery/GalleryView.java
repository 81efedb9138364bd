package org.postlens.app.ui.gallery;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.collections.ObservableListBase;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.postlens.app.domain.PostRow;
import org.postlens.app.ui.posts.PagedPostList;
import org.postlens.app.ui.posts.PostsView;

/**
 * The gallery grid: a virtualised list of rows of tiles, so that only the rows on screen exist and load their
 * thumbnails, however many posts match. The number of tiles a row holds follows the width. Arrow keys, Page
 * Up/Down, Home and End move the selection; a click selects.
 */
public final class GalleryView extends BorderPane {

    /** Tiles are at least this wide; the row's spare width is shared among them, so no gap is left on the right. */
    static final double MIN_TILE_WIDTH = 176;
    private static final double TILE_PADDING = 6;
    /** Two caption lines under the image, and the space between. */
    private static final double CAPTION_HEIGHT = 40;
    private static final double SCROLL_BAR_ROOM = 20;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final GalleryViewModel viewModel;
    private final ThumbnailLoader loader;
    private final ListView<Integer> rows = new ListView<>();
    private final Label countLabel = new Label();
    private int columns = 1;
    private double tileWidth = MIN_TILE_WIDTH;

    public GalleryView(GalleryViewModel viewModel, ThumbnailLoader loader) {
        this.viewModel = viewModel;
        this.loader = loader;
        getStyleClass().add("gallery-view");

        rows.setId("gallery");
        rows.getStyleClass().add("gallery-rows");
        rows.setFixedCellSize(rowHeight());
        rows.setSelectionModel(null);
        rows.setFocusTraversable(true);
        rows.setCellFactory(list -> new RowCell());
        rows.widthProperty().addListener((obs, old, width) -> layoutColumns());
        viewModel.itemsProperty().addListener((obs, old, items) -> {
            resetRows();
            rows.scrollTo(0);
        });
        viewModel.selectedIndexProperty().addListener((obs, old, index) -> {
            rows.refresh();
            revealSelected();
        });
        rows.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        rows.setOnMouseClicked(event -> rows.requestFocus());

        Label empty = new Label();
        empty.setId("gallery-empty");
        empty.setWrapText(true);
        empty.setTextAlignment(TextAlignment.CENTER);
        empty.setGraphic(new FontIcon(Feather.IMAGE));
        empty.setContentDisplay(ContentDisplay.TOP);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        Runnable updateTexts = () -> {
            empty.setText(viewModel.emptyText());
            countLabel.setText(viewModel.loadingProperty().get() && viewModel.countProperty().get() == 0
                    ? "Searching…" : viewModel.countText());
        };
        viewModel.countProperty().addListener((obs, o, n) -> updateTexts.run());
        viewModel.loadingProperty().addListener((obs, o, n) -> updateTexts.run());
        viewModel.itemsProperty().addListener((obs, o, n) -> updateTexts.run());
        updateTexts.run();
        rows.setPlaceholder(empty);

        countLabel.setId("gallery-count");
        countLabel.getStyleClass().add(Styles.TEXT_MUTED);
        Label hint = new Label("Arrow keys move · Ctrl+G back to the table");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox header = new HBox(8, new FontIcon(Feather.GRID), countLabel, spacer, hint);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 10, 6, 10));
        setTop(header);
        setCenter(rows);
        resetRows();
    }

    public ListView<Integer> grid() {
        return rows;
    }

    /** Tiles per row at the current width. */
    public int columns() {
        return columns;
    }

    private double rowHeight() {
        return tileWidth + CAPTION_HEIGHT;
    }

    private double imageSize() {
        return tileWidth - 2 * TILE_PADDING - 4;
    }

    private void layoutColumns() {
        // Leave room for the vertical scroll bar so that a row never needs a horizontal one.
        double available = Math.max(MIN_TILE_WIDTH, rows.getWidth() - SCROLL_BAR_ROOM);
        int fitting = Math.max(1, (int) (available / MIN_TILE_WIDTH));
        double width = Math.floor(available / fitting);
        if (fitting != columns || width != tileWidth) {
            boolean newColumns = fitting != columns;
            columns = fitting;
            tileWidth = width;
            rows.setFixedCellSize(rowHeight());
            if (newColumns) {
                resetRows();
                revealSelected();
            } else {
                rows.refresh();
            }
        }
    }

    private void resetRows() {
        int tiles = viewModel.itemsProperty().get().size();
        rows.setItems(new RowIndices((tiles + columns - 1) / columns));
    }

    /** Scrolls just enough to show the selected tile's row whole (VirtualFlow's scrollTo moves the least it can). */
    private void revealSelected() {
        int index = viewModel.selectedIndexProperty().get();
        if (index < 0) {
            return;
        }
        int row = index / columns;
        VirtualFlow<?> flow = (VirtualFlow<?>) rows.lookup(".virtual-flow");
        if (flow != null) {
            flow.scrollTo(row);
        } else {
            rows.scrollTo(row);
        }
    }

    private void keys(KeyEvent event) {
        int visibleRows = Math.max(1, (int) (rows.getHeight() / rowHeight()));
        int delta = switch (event.getCode()) {
            case LEFT -> -1;
            case RIGHT -> 1;
            case UP -> event.isAltDown() ? 0 : -columns;
            case DOWN -> event.isAltDown() ? 0 : columns;
            case PAGE_UP -> -columns * visibleRows;
            case PAGE_DOWN -> columns * visibleRows;
            case HOME -> Integer.MIN_VALUE / 2;
            case END -> Integer.MAX_VALUE / 2;
            default -> 0;
        };
        if (delta != 0) {
            viewModel.move(delta);
            event.consume();
        }
    }

    /** Row indices 0 .. n-1: the list the virtualised rows show; each row finds its tiles from its index. */
    private static final class RowIndices extends ObservableListBase<Integer> {
        private final int size;

        RowIndices(int size) {
            this.size = size;
        }

        @Override
        public Integer get(int index) {
            return index;
        }

        @Override
        public int size() {
            return size;
        }
    }

    private final class RowCell extends ListCell<Integer> {
        private final HBox tiles = new HBox(0);

        RowCell() {
            getStyleClass().add("gallery-row");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPadding(Insets.EMPTY);
            tiles.setAlignment(Pos.TOP_LEFT);
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                tiles.getChildren().forEach(node -> ((Tile) node).clear());
                setGraphic(null);
                return;
            }
            while (tiles.getChildren().size() < columns) {
                tiles.getChildren().add(new Tile());
            }
            while (tiles.getChildren().size() > columns) {
                ((Tile) tiles.getChildren().remove(tiles.getChildren().size() - 1)).clear();
            }
            PagedPostList items = viewModel.itemsProperty().get();
            for (int column = 0; column < columns; column++) {
                int index = row * columns + column;
                Tile tile = (Tile) tiles.getChildren().get(column);
                tile.fit(tileWidth, imageSize());
                if (index < items.size()) {
                    tile.show(index, items.get(index));
                } else {
                    tile.clear();
                }
            }
            setGraphic(tiles);
        }
    }

    /** One post: its first image, scaled to fit, over its author and date. */
    final class Tile extends VBox {
        private final ImageView image = new ImageView();
        private final FontIcon placeholder = new FontIcon(Feather.IMAGE);
        private final StackPane frame;
        private final Label author = new Label();
        private final Label date = new Label();
        private ThumbnailLoader.Request pending;
        private long postId = -1;
        private int index = -1;

        Tile() {
            getStyleClass().add("gallery-tile");
            image.setPreserveRatio(true);
            image.setSmooth(true);
            placeholder.getStyleClass().add("gallery-placeholder");
            frame = new StackPane(placeholder, image);
            frame.getStyleClass().add("gallery-frame");
            author.setTextOverrun(OverrunStyle.ELLIPSIS);
            author.getStyleClass().addAll(Styles.TEXT_SMALL, "gallery-author");
            date.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox caption = new VBox(0, author, date);
            getChildren().addAll(frame, caption);
            setSpacing(3);
            setPadding(new Insets(TILE_PADDING));
            fit(MIN_TILE_WIDTH, MIN_TILE_WIDTH - 2 * TILE_PADDING - 4);
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && index >= 0) {
                    viewModel.select(index);
                }
            });
        }

        void fit(double width, double imageSize) {
            if (getPrefWidth() == width) {
                return;
            }
            setMinWidth(width);
            setPrefWidth(width);
            setMaxWidth(width);
            image.setFitWidth(imageSize);
            image.setFitHeight(imageSize);
            frame.setMinSize(imageSize, imageSize);
            frame.setPrefSize(imageSize, imageSize);
            frame.setMaxSize(imageSize, imageSize);
            author.setMaxWidth(imageSize);
        }

        void show(int newIndex, PostRow row) {
            index = newIndex;
            pseudoClassStateChanged(SELECTED, newIndex == viewModel.selectedIndexProperty().get());
            if (row == null) {
                clearImage();
                author.setText("");
                date.setText("");
                return;
            }
            author.setText(row.author() == null ? "" : "@" + row.author());
            date.setText(row.createdAt() == null ? "" : PostsView.ROW_DATE.format(row.createdAt()) + " UTC");
            if (row.id() == postId && (image.getImage() != null || pending != null)) {
                return;
            }
            clearImage();
            postId = row.id();
            Image cached = loader.cached(postId);
            if (cached != null) {
                image.setImage(cached);
                return;
            }
            long wanted = postId;
            pending = loader.load(wanted, loaded -> {
                if (postId == wanted) {
                    pending = null;
                    image.setImage(loaded.orElse(null));
                    placeholder.setIconCode(loaded.isPresent() ? Feather.IMAGE : Feather.SLASH);
                }
            });
        }

        void clear() {
            index = -1;
            clearImage();
            author.setText("");
            date.setText("");
            pseudoClassStateChanged(SELECTED, false);
        }

        private void clearImage() {
            if (pending != null) {
                pending.withdraw();
                pending = null;
            }
            postId = -1;
            image.setImage(null);
            placeholder.setIconCode(Feather.IMAGE);
        }

        long postId() {
            return postId;
        }

        Optional<Image> shownImage() {
            return Optional.ofNullable(image.getImage());
        }
    }
}
