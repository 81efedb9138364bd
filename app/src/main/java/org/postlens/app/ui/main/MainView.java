package org.postlens.app.ui.main;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.postlens.app.domain.PostRow;
import org.postlens.app.ui.analysis.ClustersView;
import org.postlens.app.ui.analysis.SimilarPostsView;
import org.postlens.app.ui.detail.PostDetailView;
import org.postlens.app.ui.gallery.GalleryView;
import org.postlens.runtime.DevicePreference;
import org.postlens.app.ui.posts.PostsView;

/** The main window of an open project: menus, filter bar, posts table, detail pane and status bar. */
public final class MainView extends BorderPane {

    private final MainViewModel viewModel;
    private final MainActions actions;
    private final PostsView posts;
    private final SplitPane split;
    private final BorderPane left = new BorderPane();
    private final PostDetailView detail;
    private SimilarPostsView similarView;
    private ClustersView clustersView;
    private GalleryView galleryView;
    private final ToggleButton tableToggle = new ToggleButton(null, new FontIcon(Feather.LIST));
    private final ToggleButton galleryToggle = new ToggleButton(null, new FontIcon(Feather.GRID));

    public MainView(MainViewModel viewModel, MainActions actions) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.posts = new PostsView(viewModel.posts());
        getStyleClass().add("main-view");

        detail = new PostDetailView(viewModel.detail());
        detail.setOnPostsLikeThis(this::showPostsLike);
        left.setCenter(posts);
        split = new SplitPane(left, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(detail, false);

        TableView<PostRow> table = posts.table();
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                viewModel.detail().show(row == null ? null : row.id()));
        table.itemsProperty().addListener((obs, old, items) -> {
            if (items != null && !items.isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });

        posts.filterBarNode().getChildren().add(viewToggle());
        setTop(new javafx.scene.layout.VBox(menuBar(), posts.filterBarNode()));
        setCenter(split);
        setBottom(statusBar());
        addEventFilter(KeyEvent.KEY_PRESSED, this::navigationKeys);
    }

    public PostsView postsView() {
        return posts;
    }

    /** Back to the posts table from the gallery, the similar posts or the clusters. */
    public void showPosts() {
        if (left.getCenter() == posts) {
            return;
        }
        viewModel.clustersShown(false);
        viewModel.gallery().activeProperty().set(false);
        tableToggle.setSelected(true);
        left.setCenter(posts);
        posts.filterBarNode().setVisible(true);
        posts.filterBarNode().setManaged(true);
        PostRow row = posts.table().getSelectionModel().getSelectedItem();
        viewModel.detail().show(row == null ? null : row.id());
        posts.table().requestFocus();
    }

    /** The posts of the table's search and filters as a grid of their images (View ▸ Gallery, Ctrl+G). */
    public void showGallery() {
        if (galleryView == null) {
            galleryView = new GalleryView(viewModel.gallery(), viewModel.thumbnails());
            viewModel.gallery().selectedPostProperty().addListener((obs, old, row) -> {
                if (left.getCenter() == galleryView) {
                    viewModel.detail().show(row == null ? null : row.id());
                }
            });
        }
        if (left.getCenter() != galleryView) {
            viewModel.clustersShown(false);
            left.setCenter(galleryView);
            posts.filterBarNode().setVisible(true);
            posts.filterBarNode().setManaged(true);
            viewModel.gallery().activeProperty().set(true);
            PostRow row = viewModel.gallery().selectedPostProperty().get();
            viewModel.detail().show(row == null ? null : row.id());
        }
        galleryToggle.setSelected(true);
        galleryView.grid().requestFocus();
    }

    /** Between the table and the gallery (Ctrl+G); from an analysis view, to the table. */
    public void toggleGallery() {
        if (left.getCenter() == galleryView) {
            showPosts();
        } else if (left.getCenter() == posts) {
            showGallery();
        } else {
            showPosts();
        }
    }

    public GalleryView galleryView() {
        return galleryView;
    }

    private HBox viewToggle() {
        ToggleGroup group = new ToggleGroup();
        tableToggle.setId("show-table");
        galleryToggle.setId("show-gallery");
        tableToggle.setToggleGroup(group);
        galleryToggle.setToggleGroup(group);
        tableToggle.setSelected(true);
        tableToggle.setTooltip(new Tooltip("Table (Ctrl+G switches)"));
        galleryToggle.setTooltip(new Tooltip("Gallery of the images of these posts (Ctrl+G switches)"));
        tableToggle.getStyleClass().add(Styles.LEFT_PILL);
        galleryToggle.getStyleClass().add(Styles.RIGHT_PILL);
        tableToggle.setOnAction(event -> showPosts());
        galleryToggle.setOnAction(event -> showGallery());
        // A toggle group lets the user unselect the pressed button; the view shown must always be pressed.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        HBox box = new HBox(tableToggle, galleryToggle);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void showAnalysis(javafx.scene.Node view) {
        if (left.getCenter() != view) {
            viewModel.clustersShown(view == clustersView);
            viewModel.gallery().activeProperty().set(false);
            left.setCenter(view);
        }
        posts.filterBarNode().setVisible(false);
        posts.filterBarNode().setManaged(false);
    }

    /** The posts most like the one in the detail pane (Analyse ▸ Posts like this, Ctrl+L). */
    public void showPostsLikeShown() {
        var shown = viewModel.detail().detailProperty().get();
        if (shown == null) {
            showSimilarView();
            return;
        }
        showPostsLike(shown.post().id());
    }

    public void showPostsLike(long postId) {
        viewModel.embeddings().likePost(postId);
        showSimilarView();
        similarView.table().requestFocus();
    }

    /** The similar-posts view with the cursor in "Find posts that say…" (Ctrl+Shift+L). */
    public void findPostsThatSay() {
        showSimilarView();
        similarView.focusQuery();
    }

    private void showSimilarView() {
        if (similarView == null) {
            similarView = new SimilarPostsView(viewModel.embeddings(), this::showPosts, id -> viewModel.detail().show(id));
        }
        showAnalysis(similarView);
    }

    /** Analyse ▸ Near-duplicate clusters (Ctrl+Shift+D). */
    public void showClusters() {
        if (clustersView == null) {
            clustersView = new ClustersView(viewModel.clusters(), this::showPosts, id -> viewModel.detail().show(id));
        }
        showAnalysis(clustersView);
        clustersView.clustersTable().requestFocus();
    }

    public SimilarPostsView similarView() {
        return similarView;
    }

    public ClustersView clustersView() {
        return clustersView;
    }

    /** J/K and Alt+Down/Alt+Up move the selection wherever the focus is, except while typing in a text field. */
    private void navigationKeys(KeyEvent event) {
        boolean typing = event.getTarget() instanceof javafx.scene.control.TextInputControl;
        boolean next = (event.getCode() == KeyCode.J && !typing && !event.isShortcutDown() && !event.isAltDown())
                || (event.getCode() == KeyCode.DOWN && event.isAltDown());
        boolean previous = (event.getCode() == KeyCode.K && !typing && !event.isShortcutDown() && !event.isAltDown())
                || (event.getCode() == KeyCode.UP && event.isAltDown());
        if (next || previous) {
            move(next ? 1 : -1);
            event.consume();
        }
    }

    public void move(int delta) {
        if (galleryView != null && left.getCenter() == galleryView) {
            viewModel.gallery().move(delta);
            return;
        }
        TableView<PostRow> table = posts.table();
        int size = table.getItems().size();
        if (size == 0) {
            return;
        }
        int current = table.getSelectionModel().getSelectedIndex();
        int target = Math.max(0, Math.min(size - 1, current < 0 ? 0 : current + delta));
        table.getSelectionModel().clearAndSelect(target);
        table.scrollTo(Math.max(0, target - 3));
    }

    private MenuBar menuBar() {
        MenuItem newProject = item("New project…", Feather.FILE_PLUS, "Shortcut+N", actions::newProject);
        MenuItem open = item("Open project…", Feather.FOLDER, "Shortcut+O", actions::openProject);
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(event -> fillRecent(recent));
        fillRecent(recent);
        MenuItem demo = item("Open demo project", Feather.BOOK_OPEN, null, actions::openDemo);
        demo.setDisable(!actions.demoAvailable());
        MenuItem importFile = item("Import file…", Feather.UPLOAD, "Shortcut+I", actions::importFile);
        importFile.setId("menu-import");
        MenuItem importImages = item("Import image folder…", Feather.IMAGE, "Shortcut+Shift+I", actions::importImageFolder);
        MenuItem export = item("Export…", Feather.DOWNLOAD, "Shortcut+E", actions::export);
        export.setDisable(!viewModel.canExport());
        MenuItem exportSelected = item("Export selected posts…", Feather.DOWNLOAD, "Shortcut+Shift+E",
                () -> actions.exportSelection(posts.selectedPostIds()));
        exportSelected.setDisable(!viewModel.canExport());
        importFile.disableProperty().bind(viewModel.jobs().runningProperty());
        importImages.disableProperty().bind(viewModel.jobs().runningProperty());
        MenuItem close = item("Close project", Feather.X, "Shortcut+W", actions::closeProject);
        MenuItem quit = item("Quit", Feather.LOG_OUT, "Shortcut+Q", actions::quit);
        Menu file = new Menu("File", null, newProject, open, recent, demo, new SeparatorMenuItem(), importFile,
                importImages, export, exportSelected, new SeparatorMenuItem(), close, quit);

        MenuItem find = item("Search", Feather.SEARCH, "Shortcut+F", posts::focusSearch);
        MenuItem next = item("Next post", Feather.CHEVRON_DOWN, "Alt+Down", () -> move(1));
        MenuItem previous = item("Previous post", Feather.CHEVRON_UP, "Alt+Up", () -> move(-1));
        MenuItem clear = item("Clear search and filters", Feather.X_CIRCLE, null, () -> viewModel.posts().clearFilters());
        MenuItem problems = item("Import problems", Feather.ALERT_TRIANGLE, "Shortcut+Shift+P", actions::showImportProblems);
        MenuItem gallery = item("Gallery / table", Feather.GRID, "Shortcut+G", this::toggleGallery);
        gallery.setId("menu-gallery");
        MenuItem layout = item("Detail pane below / beside", Feather.COLUMNS, null, () -> {
            split.setOrientation(split.getOrientation() == Orientation.HORIZONTAL ? Orientation.VERTICAL : Orientation.HORIZONTAL);
            split.setDividerPositions(split.getOrientation() == Orientation.HORIZONTAL ? 0.64 : 0.55);
        });
        Menu view = new Menu("View", null, find, next, previous, clear, new SeparatorMenuItem(), gallery,
                problems, layout);

        MenuItem embed = item("Embed posts", Feather.CPU, "Shortcut+Shift+M", viewModel.embeddings()::embed);
        embed.setId("menu-embed");
        embed.disableProperty().bind(viewModel.jobs().runningProperty());
        MenuItem analysePosts = item("Analyse posts", Feather.BAR_CHART_2, "Shortcut+Shift+A", viewModel.analysis()::analyse);
        analysePosts.setId("menu-analyse");
        analysePosts.disableProperty().bind(viewModel.jobs().runningProperty());
        Menu device = new Menu("Device", new FontIcon(Feather.SETTINGS));
        javafx.scene.control.ToggleGroup devices = new javafx.scene.control.ToggleGroup();
        var deviceChoice = viewModel.embeddings().encoders().deviceProperty();
        for (DevicePreference preference : DevicePreference.values()) {
            javafx.scene.control.RadioMenuItem choice = new javafx.scene.control.RadioMenuItem(switch (preference) {
                case AUTO -> "Auto (the GPU when there is one)";
                case CPU -> "CPU";
                case GPU -> "GPU (CUDA)";
            });
            choice.setToggleGroup(devices);
            choice.setSelected(deviceChoice.get() == preference);
            choice.setOnAction(event -> deviceChoice.set(preference));
            device.getItems().add(choice);
        }
        device.disableProperty().bind(viewModel.jobs().runningProperty());
        MenuItem like = item("Posts like this", Feather.LAYERS, "Shortcut+L", this::showPostsLikeShown);
        like.setId("menu-posts-like");
        MenuItem say = item("Find posts that say…", Feather.MESSAGE_SQUARE, "Shortcut+Shift+L", this::findPostsThatSay);
        MenuItem clusterItem = item("Near-duplicate clusters", Feather.COPY, "Shortcut+Shift+D", this::showClusters);
        clusterItem.setId("menu-clusters");
        MenuItem models = item("Models\u2026", Feather.PACKAGE, null, actions::showModels);
        models.setId("menu-models");
        MenuItem detectLanguages = item("Detect missing languages", Feather.GLOBE, null,
                viewModel.languages()::detectMissing);
        detectLanguages.setId("menu-detect-languages");
        detectLanguages.disableProperty().bind(viewModel.jobs().runningProperty());
        MenuItem ocr = item("Read text in images", Feather.TYPE, "Shortcut+Shift+R", viewModel.ocr()::readImages);
        ocr.setId("menu-ocr");
        ocr.disableProperty().bind(viewModel.jobs().runningProperty());
        Menu analyse = new Menu("Analyse", null, analysePosts, embed, device, models, detectLanguages, ocr,
                new SeparatorMenuItem(), like, say, clusterItem);

        MenuItem label = item("Label posts\u2026", Feather.CHECK_SQUARE, "Shortcut+B", actions::showLabelling);
        label.setId("menu-label");
        MenuItem newSchema = item("New label schema\u2026", Feather.LIST, null, actions::newLabelSchema);
        newSchema.setId("menu-new-schema");
        MenuItem saveFilter = item("Save the table's filter for labelling\u2026", Feather.FILTER, null,
                actions::saveFilterForLabelling);
        saveFilter.setId("menu-save-filter");
        MenuItem suggestions = item("Review suggested labels\u2026", Feather.INBOX, null, actions::showSuggestions);
        suggestions.setId("menu-suggestions");
        MenuItem learn = item("Train a classifier from labels\u2026", Feather.TRENDING_UP, null, actions::showActiveLearning);
        learn.setId("menu-learn");
        MenuItem agreement = item("Agreement\u2026", Feather.USERS, null, actions::showAgreement);
        agreement.setId("menu-agreement");
        MenuItem evaluate = item("Evaluate a model run\u2026", Feather.TARGET, null, actions::showEvaluation);
        evaluate.setId("menu-evaluate");
        Menu annotate = new Menu("Annotate", null, label, newSchema, saveFilter, new SeparatorMenuItem(), suggestions, learn, new SeparatorMenuItem(), agreement, evaluate);
        annotate.setId("menu-annotate");

        MenuItem shortcuts = item("Keyboard shortcuts", Feather.COMMAND, "F1", actions::showShortcuts);
        Menu help = new Menu("Help", null, shortcuts);
        MenuBar bar = new MenuBar(file, view, analyse, annotate, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void fillRecent(Menu menu) {
        menu.getItems().clear();
        for (Path path : actions.recentProjects()) {
            MenuItem entry = new MenuItem(path.getFileName() + "   " + (path.getParent() == null ? "" : path.getParent()));
            entry.setMnemonicParsing(false);
            entry.setOnAction(event -> actions.openRecent(path));
            menu.getItems().add(entry);
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    private static MenuItem item(String text, Feather icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private HBox statusBar() {
        Label project = new Label(viewModel.project().name(), new FontIcon(Feather.DATABASE));
        project.setTooltip(new Tooltip(viewModel.project().file().toString()));
        project.setId("status-project");
        Label counts = new Label();
        counts.setId("status-count");
        Runnable updateCounts = () -> counts.setText(viewModel.posts().countText());
        viewModel.posts().filteredCountProperty().addListener((obs, o, n) -> updateCounts.run());
        viewModel.posts().totalCountProperty().addListener((obs, o, n) -> updateCounts.run());
        viewModel.posts().filteredProperty().addListener((obs, o, n) -> updateCounts.run());
        updateCounts.run();

        Label job = new Label();
        job.setId("status-job");
        job.textProperty().bind(viewModel.jobs().textProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(160);
        progress.progressProperty().bind(viewModel.jobs().fractionProperty());
        Button cancel = new Button("Cancel", new FontIcon(Feather.X));
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.DANGER, Styles.FLAT);
        cancel.setTooltip(new Tooltip("Stop the running job; what is stored so far is kept"));
        cancel.setOnAction(event -> viewModel.jobs().cancel());
        HBox jobBox = new HBox(8, progress, job, cancel);
        jobBox.setAlignment(Pos.CENTER_LEFT);
        jobBox.visibleProperty().bind(viewModel.jobs().runningProperty());
        jobBox.managedProperty().bind(jobBox.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("F1 shortcuts");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label notice = new Label();
        notice.setId("status-notice");
        notice.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        notice.textProperty().bind(viewModel.jobs().noticeProperty());
        notice.visibleProperty().bind(viewModel.jobs().runningProperty().not().and(notice.textProperty().isNotEmpty()));
        notice.managedProperty().bind(notice.visibleProperty());
        HBox bar = new HBox(16, project, counts, jobBox, notice, spacer, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Installs the window-wide shortcuts that are not menu accelerators. */
    public void installShortcuts() {
        getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), posts::focusSearch);
    }

}
