package org.postlens.app.ui.posts;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.TaskKeys;
import org.postlens.app.ui.detail.TextDirection;

/** The filter bar and the posts table. Sorting asks the database for a new order; the table never sorts itself. */
public final class PostsView extends BorderPane {

    public static final DateTimeFormatter ROW_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final PostsViewModel viewModel;
    private final TableView<PostRow> table = new TableView<>();
    private final TextField search = new TextField();
    private final Label countLabel = new Label();
    private final VBox filterBar;

    public PostsView(PostsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("posts-view");
        filterBar = filterBar();
        setCenter(tablePane());
    }

    /**
     * The search and filter bar (and, once the project has predictions, a second row of prediction filters); the
     * main window places it across the whole width, above table and detail.
     */
    public VBox filterBarNode() {
        return filterBar;
    }

    public TableView<PostRow> table() {
        return table;
    }

    public TextField searchField() {
        return search;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private VBox filterBar() {
        search.setId("search");
        search.setPromptText("Search posts (Ctrl+F)");
        search.setTooltip(new Tooltip("Full-text search in all languages; words are combined with AND (Ctrl+F, Esc clears)"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        search.setPrefColumnCount(22);
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                search.clear();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                event.consume();
            }
        });
        FontIcon searchIcon = new FontIcon(Feather.SEARCH);
        HBox searchBox = new HBox(6, searchIcon, search);
        searchBox.setAlignment(Pos.CENTER_LEFT);

        DatePicker from = datePicker("From", "Posts from this day on (UTC)");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = datePicker("To", "Posts up to and including this day (UTC)");
        to.valueProperty().bindBidirectional(viewModel.toProperty());

        TextField author = new TextField();
        author.setId("author-filter");
        author.setPromptText("Author");
        author.setPrefColumnCount(9);
        author.setMinWidth(110);
        author.setTooltip(new Tooltip("Posts by this account (suggestions as you type)"));
        author.textProperty().bindBidirectional(viewModel.authorProperty());
        attachSuggestions(author, viewModel::authorSuggestions);

        ComboBox<PostFilters.LanguageChoice> language = new ComboBox<>(viewModel.languages());
        language.setId("language-filter");
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        language.setTooltip(new Tooltip("Language of the post"));
        language.setPrefWidth(150);
        language.setMinWidth(140);

        ComboBox<PostFilters.ImageChoice> image = new ComboBox<>();
        image.getItems().setAll(PostFilters.ImageChoice.values());
        image.valueProperty().bindBidirectional(viewModel.imageProperty());
        image.setTooltip(new Tooltip("Posts with or without a stored image"));
        image.setPrefWidth(150);
        image.setMinWidth(120);

        ComboBox<PostFilters.GpsChoice> gps = new ComboBox<>();
        gps.setId("gps-filter");
        gps.getItems().setAll(PostFilters.GpsChoice.values());
        gps.valueProperty().bindBidirectional(viewModel.gpsProperty());
        gps.setTooltip(new Tooltip("Posts with an image that says where it was taken (GPS in its metadata)"));
        gps.setMinWidth(110);

        TextField camera = new TextField();
        camera.setId("camera-filter");
        camera.setPromptText("Camera");
        camera.setPrefColumnCount(9);
        camera.setMinWidth(90);
        camera.setTooltip(new Tooltip("Posts with an image taken with this camera (make or model, any part)"));
        camera.textProperty().bindBidirectional(viewModel.cameraProperty());
        attachSuggestions(camera, viewModel::cameraSuggestions);

        TextField software = new TextField();
        software.setId("software-filter");
        software.setPromptText("Software");
        software.setPrefColumnCount(9);
        software.setMinWidth(90);
        software.setTooltip(new Tooltip("Posts with an image last saved by this software (any part of its name)"));
        software.textProperty().bindBidirectional(viewModel.softwareProperty());
        attachSuggestions(software, viewModel::softwareSuggestions);

        ComboBox<PostsViewModel.SourceChoice> source = new ComboBox<>(viewModel.sources());
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());
        source.setTooltip(new Tooltip("Posts from one imported file"));
        source.setPrefWidth(170);
        source.setMinWidth(120);

        HBox predictionFilters = predictionFilters();

        Button clear = new Button(null, new FontIcon(Feather.X_CIRCLE));
        clear.setId("clear-filters");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clear.setTooltip(new Tooltip("Clear search and filters"));
        clear.setOnAction(event -> viewModel.clearFilters());
        clear.disableProperty().bind(viewModel.filteredProperty().not().and(search.textProperty().isEmpty()));

        countLabel.setId("row-count");
        countLabel.setMinWidth(Region.USE_PREF_SIZE);
        countLabel.getStyleClass().add(Styles.TEXT_MUTED);
        Runnable updateCount = () -> countLabel.setText(viewModel.loadingProperty().get() && viewModel.filteredCountProperty().get() == 0
                ? "Searching…" : viewModel.countText());
        viewModel.filteredCountProperty().addListener((obs, o, n) -> updateCount.run());
        viewModel.totalCountProperty().addListener((obs, o, n) -> updateCount.run());
        viewModel.filteredProperty().addListener((obs, o, n) -> updateCount.run());
        viewModel.loadingProperty().addListener((obs, o, n) -> updateCount.run());
        updateCount.run();

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, searchBox, from, to, author, language, source, clear, spacer, countLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        // Image and prediction filters sit on a second row: on one row a 1280 px window squeezed them to slivers.
        HBox secondRow = new HBox(8, image, gps, camera, software, predictionFilters);
        secondRow.setAlignment(Pos.CENTER_LEFT);
        VBox rows = new VBox(6, bar, secondRow);
        rows.getStyleClass().add("filter-bar");
        return rows;
    }

    /** Task, label and least score of the posts' latest predictions; shown once the project has predictions. */
    private HBox predictionFilters() {
        ComboBox<String> task = new ComboBox<>(viewModel.tasks());
        task.setId("task-filter");
        task.setPromptText("Task: any");
        task.setTooltip(new Tooltip("Filter by a task's prediction (the latest run of that task)"));
        task.valueProperty().bindBidirectional(viewModel.predictionTaskProperty());
        task.setButtonCell(promptingCell("Task: any", TaskKeys::display));
        task.setCellFactory(list -> promptingCell("Task: any", TaskKeys::display));
        task.setPrefWidth(130);
        task.setMinWidth(110);

        ComboBox<String> label = new ComboBox<>(viewModel.predictionLabels());
        label.setId("label-filter");
        label.setPromptText("Label: any"); // the button cell loses its text when the label list is replaced
        label.setTooltip(new Tooltip("Posts whose prediction for the task has this label"));
        label.valueProperty().bindBidirectional(viewModel.predictionLabelProperty());
        label.setButtonCell(promptingCell("Label: any", Function.identity()));
        label.disableProperty().bind(viewModel.predictionTaskProperty().isNull());
        label.setPrefWidth(130);
        label.setMinWidth(110);

        ComboBox<Double> score = new ComboBox<>();
        score.setId("score-filter");
        score.getItems().setAll(null, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95);
        score.setTooltip(new Tooltip("Posts whose prediction for the task scores at least this much"));
        score.valueProperty().bindBidirectional(viewModel.minScoreProperty());
        javafx.util.Callback<javafx.scene.control.ListView<Double>, javafx.scene.control.ListCell<Double>> scoreCells =
                list -> new javafx.scene.control.ListCell<>() {
                    @Override
                    protected void updateItem(Double value, boolean empty) {
                        super.updateItem(value, empty);
                        setText(empty ? null : value == null ? "Score: any" : String.format("Score \u2265 %.2f", value));
                    }
                };
        score.setCellFactory(scoreCells);
        score.setButtonCell(scoreCells.call(null));
        score.disableProperty().bind(viewModel.predictionTaskProperty().isNull());
        score.setPrefWidth(120);
        score.setMinWidth(110);

        Label heading = new Label("Predictions");
        heading.getStyleClass().add(Styles.TEXT_MUTED);
        heading.setGraphic(new FontIcon(Feather.BAR_CHART_2));
        HBox box = new HBox(8, heading, task, label, score);
        box.setPadding(new javafx.geometry.Insets(0, 0, 0, 16));
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.tasks()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A combo box's button that says "any" while nothing is chosen. */
    private static javafx.scene.control.ListCell<String> promptingCell(String any, Function<String, String> shown) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? any : shown.apply(value));
            }
        };
    }

    private static DatePicker datePicker(String prompt, String tip) {
        DatePicker picker = new DatePicker();
        picker.setPromptText(prompt);
        picker.setPrefWidth(140);
        picker.setMinWidth(130);
        picker.setTooltip(new Tooltip(tip));
        return picker;
    }

    /** A small drop-down of suggestions under a text field, filled as the user types. */
    private static void attachSuggestions(TextField field, Function<String, List<String>> suggestions) {
        ContextMenu menu = new ContextMenu();
        field.textProperty().addListener((obs, old, text) -> {
            if (!field.isFocused() || text == null || text.isBlank()) {
                menu.hide();
                return;
            }
            List<String> found = suggestions.apply(text);
            if (found.isEmpty() || (found.size() == 1 && found.get(0).equalsIgnoreCase(text.strip().replaceFirst("^@", "")))) {
                menu.hide();
                return;
            }
            menu.getItems().setAll(found.stream().map(handle -> {
                MenuItem item = new MenuItem("@" + handle);
                item.setOnAction(event -> {
                    field.setText(handle);
                    field.positionCaret(handle.length());
                });
                return item;
            }).toList());
            if (!menu.isShowing()) {
                menu.show(field, Side.BOTTOM, 0, 0);
            }
        });
        field.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                menu.hide();
            }
        });
    }

    private StackPane tablePane() {
        table.setId("posts-table");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Every column but the text keeps its width; the text column takes what is left.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(28);

        TableColumn<PostRow, String> date = column("Date (UTC)", row -> row.createdAt() == null ? "" : ROW_DATE.format(row.createdAt()), 142);
        date.setUserData(PostQuery.Sort.DATE);
        TableColumn<PostRow, String> author = column("Author", row -> row.author() == null ? "" : "@" + row.author(), 150);
        author.setSortable(false);
        TableColumn<PostRow, String> text = new TableColumn<>("Text");
        text.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? "" : oneLine(cell.getValue().text())));
        text.setCellFactory(col -> new TextCell());
        text.setSortable(false);
        text.setPrefWidth(320);
        TableColumn<PostRow, String> likes = number("Likes", PostRow::likes, PostQuery.Sort.LIKES);
        TableColumn<PostRow, String> shares = number("Shares", PostRow::shares, PostQuery.Sort.SHARES);
        TableColumn<PostRow, String> replies = number("Replies", PostRow::replies, PostQuery.Sort.REPLIES);
        TableColumn<PostRow, String> views = number("Views", PostRow::views, PostQuery.Sort.VIEWS);
        TableColumn<PostRow, String> lang = column("Lang", row -> row.lang() == null ? "" : row.lang(), 54);
        lang.setSortable(false);
        TableColumn<PostRow, String> image = new TableColumn<>();
        image.setGraphic(new FontIcon(Feather.IMAGE));
        image.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() != null && cell.getValue().hasImage() ? "y" : ""));
        image.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(!empty && "y".equals(item) ? new FontIcon(Feather.IMAGE) : null);
                setText(null);
            }
        });
        image.setSortable(false);
        image.setPrefWidth(36);
        image.setMinWidth(36);
        image.setMaxWidth(36);
        List<TableColumn<PostRow, ?>> fixed = List.of(date, author, text, likes, shares, replies, views, lang, image);
        Runnable columns = () -> {
            // The task columns follow the text, so they stay in view beside the detail pane.
            List<TableColumn<PostRow, ?>> all = new java.util.ArrayList<>(fixed.subList(0, 3));
            viewModel.tasks().forEach(task -> all.add(taskColumn(task)));
            all.addAll(fixed.subList(3, fixed.size()));
            table.getColumns().setAll(all);
            for (TableColumn<PostRow, ?> each : table.getColumns()) {
                each.setReorderable(false);
                if (each != text) {
                    each.setMinWidth(each.getPrefWidth());
                    each.setMaxWidth(each.getPrefWidth());
                }
            }
        };
        columns.run();
        viewModel.tasks().addListener((javafx.collections.ListChangeListener<String>) change -> columns.run());
        text.setMinWidth(200);

        // Sorting is done by the database over all matching rows, not by the table over the rows it holds.
        table.setSortPolicy(view -> {
            if (view.getSortOrder().isEmpty()) {
                viewModel.sortBy(PostQuery.Sort.DATE, false);
            } else {
                TableColumn<PostRow, ?> first = view.getSortOrder().get(0);
                if (first.getUserData() instanceof PostQuery.Sort sort) {
                    viewModel.sortBy(sort, first.getSortType() == TableColumn.SortType.DESCENDING);
                }
            }
            return true;
        });
        date.setSortType(TableColumn.SortType.ASCENDING);
        table.getSortOrder().setAll(List.of(date));

        table.setItems(viewModel.rowsProperty().get());
        viewModel.rowsProperty().addListener((obs, old, rows) -> {
            table.setItems(rows);
            if (!rows.isEmpty()) {
                table.scrollTo(0);
            }
        });
        Label empty = new Label();
        empty.setId("posts-empty");
        empty.setWrapText(true);
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        empty.setGraphic(new FontIcon(Feather.INBOX));
        empty.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        empty.getStyleClass().addAll(Styles.TEXT_MUTED, "posts-empty");
        Runnable updateEmpty = () -> empty.setText(viewModel.emptyText());
        viewModel.totalCountProperty().addListener((obs, o, n) -> updateEmpty.run());
        viewModel.filteredCountProperty().addListener((obs, o, n) -> updateEmpty.run());
        viewModel.loadingProperty().addListener((obs, o, n) -> updateEmpty.run());
        viewModel.searchProperty().addListener((obs, o, n) -> updateEmpty.run());
        updateEmpty.run();
        table.setPlaceholder(empty);
        return new StackPane(table);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static TableColumn<PostRow, String> column(String title, Function<PostRow, String> value, double width) {
        TableColumn<PostRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? "" : value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A task's latest prediction for the row's post: "positive 0.82", empty when it has none. */
    private TableColumn<PostRow, String> taskColumn(String task) {
        TableColumn<PostRow, String> column = column(TaskKeys.display(task), row -> {
            var prediction = viewModel.prediction(row.id(), task);
            return prediction == null ? "" : prediction.label() + " " + String.format("%.2f", prediction.score());
        }, 118);
        column.setId("task-column-" + TaskKeys.nodeId(task));
        column.setSortable(false);
        return column;
    }

    private static TableColumn<PostRow, String> number(String title, Function<PostRow, Long> value, PostQuery.Sort sort) {
        TableColumn<PostRow, String> column = column(title, row -> {
            Long number = value.apply(row);
            return number == null ? "" : String.format("%,d", number);
        }, 68);
        column.setUserData(sort);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setSortType(TableColumn.SortType.DESCENDING);
        return column;
    }

    /** One line of a post: ellipsis at the end, right-aligned and right-to-left for Arabic or Hebrew text. */
    private static final class TextCell extends TableCell<PostRow, String> {
        TextCell() {
            setTextOverrun(OverrunStyle.ELLIPSIS);
            setWrapText(false);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setNodeOrientation(NodeOrientation.INHERIT);
                return;
            }
            setText(item);
            setNodeOrientation(TextDirection.isMainlyRightToLeft(item) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        }
    }

    /** The project ids of the rows picked in the table (Ctrl/Shift+click), in table order. */
    public java.util.List<Long> selectedPostIds() {
        return table.getSelectionModel().getSelectedIndices().stream().sorted()
                .map(index -> table.getItems().get(index))
                .filter(java.util.Objects::nonNull)
                .map(org.postlens.app.domain.PostRow::id)
                .toList();
    }
}
