package org.postlens.app.ui;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.annotate.PostQueryJson;
import org.postlens.app.store.Project;
import org.postlens.app.ui.label.LabellingView;
import org.postlens.app.ui.learn.ActiveLearningView;
import org.postlens.app.ui.learn.ActiveLearningViewModel;
import org.postlens.app.ui.label.LabellingViewModel;
import org.postlens.app.ui.label.SchemaEditorView;
import org.postlens.app.ui.label.SchemaEditorViewModel;
import org.postlens.resources.TaskDefinitions;
import org.postlens.app.ui.importer.ImportBackend.Summary;
import org.postlens.app.ui.importer.ImportProblemsView;
import org.postlens.app.ui.importer.ImportWizardView;
import org.postlens.app.ui.main.MainActions;
import org.postlens.app.ui.main.MainView;
import org.postlens.app.ui.main.MainViewModel;
import org.postlens.app.ui.main.Shortcuts;
import org.postlens.app.analysis.TaskModels;
import org.postlens.app.ui.analysis.TaskModelSession;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.ui.measure.AgreementView;
import org.postlens.app.ui.measure.AgreementViewModel;
import org.postlens.app.ui.measure.EvaluationView;
import org.postlens.app.ui.measure.EvaluationViewModel;
import org.postlens.app.evaluate.EvaluationService;
import org.postlens.app.ui.models.ModelsView;
import org.postlens.resources.TaskDefinitions;
import org.postlens.app.ui.models.ModelsViewModel;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.ui.suggestions.SuggestionsView;
import org.postlens.app.ui.suggestions.SuggestionsViewModel;
import org.postlens.app.ui.start.StartView;
import org.postlens.app.ui.start.StartViewModel;

/**
 * Owns the one main window: shows the start screen or the open project, and does what needs the window
 * (file choosers, dialogs, other windows). Only one project is open at a time; opening another closes it.
 */
public final class PostlensShell implements MainActions, StartView.Choosers {

    public static final String STYLESHEET = "/org/postlens/app/ui/postlens.css";

    private final Stage stage;
    private final AppContext context;
    private final StartViewModel start;
    private final Scene scene;
    private MainViewModel main;
    private MainView mainView;
    /** The labelling window of the open project; it goes when the project closes. */
    private Stage labelling;
    private LabellingViewModel labellingModel;

    public PostlensShell(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        this.start = new StartViewModel(context.recentProjects(), context.opener(), context.executor(), context.demo());
        start.setOnOpened(this::showProject);
        start.setOnError(this::showError);
        // Never larger than the screen (a small laptop, or the headless test screen).
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        this.scene = new Scene(new Label(), Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            if (main == null) {
                newProject();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), () -> {
            if (main == null) {
                openProject();
            }
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> closeCurrent());
    }

    public void showStart() {
        closeCurrent();
        start.refreshRecent();
        StartView view = new StartView(start, this);
        setRoot(view);
        stage.setTitle("Postlens");
        view.focusRecent();
    }

    /** Shows an already open project (the composition root and tests use it directly). */
    public void showProject(Project project) {
        closeCurrent();
        main = new MainViewModel(project, context.executor(), context.importBackends().apply(project), context.exporter(),
                this::showError, context.encoders(), new TaskModelSession(device -> TaskModels.open(
                        TaskModels.catalog(context.directories().cache().resolve("packs"), context.settings().modelFolders()),
                        java.util.Set.of(), device)));
        mainView = new MainView(main, this);
        setRoot(mainView);
        stage.setTitle(main.title());
        // The table, not the search field, has the focus, so that J/K and the arrow keys work at once. Asked now
        // and again after the next pulse: the scene gives the initial focus to the first text field otherwise.
        MainView shown = mainView;
        shown.postsView().table().requestFocus();
        javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(() -> {
            if (mainView == shown) {
                shown.postsView().table().requestFocus();
            }
        }));
    }

    public MainViewModel mainViewModel() {
        return main;
    }

    public MainView mainView() {
        return mainView;
    }

    public StartViewModel startViewModel() {
        return start;
    }

    private void setRoot(Parent root) {
        scene.setRoot(root);
    }

    private void closeCurrent() {
        if (labelling != null) {
            labelling.close();
            labelling = null;
            labellingModel = null;
        }
        if (main != null) {
            main.close();
            main = null;
            mainView = null;
        }
    }

    public void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle("Postlens");
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(460);
        alert.show();
    }

    @Override
    public void newProject() {
        FileChooser chooser = projectChooser("New project");
        chooser.setInitialFileName("Untitled.postlens");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            start.createProject(file.toPath());
        }
    }

    @Override
    public void openProject() {
        File file = projectChooser("Open project").showOpenDialog(stage);
        if (file != null) {
            start.openProject(file.toPath());
        }
    }

    private static FileChooser projectChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Postlens projects", "*.postlens"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    @Override
    public List<Path> recentProjects() {
        return context.recentProjects().load();
    }

    @Override
    public void openRecent(Path project) {
        start.openRecent(new StartViewModel.RecentEntry(project, !project.toFile().isFile()));
    }

    @Override
    public void openDemo() {
        start.openDemo();
    }

    @Override
    public boolean demoAvailable() {
        return start.demoAvailable();
    }

    @Override
    public void importFile() {
        importFile(null);
    }

    /** Opens the import window, with {@code file} already chosen when not null. */
    public Stage importFile(Path file) {
        if (main == null) {
            return null;
        }
        return ImportWizardView.show(main.newImportWizard(), stage, file);
    }

    @Override
    public void importImageFolder() {
        if (main == null) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of images");
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            main.importImageFolder(folder.toPath(), this::showImageSummary);
        }
    }

    private void showImageSummary(Summary summary) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, String.format(
                "%,d images added as posts · %,d duplicates skipped · %,d rejected · %,d warnings%s%s",
                summary.postsAdded(), summary.duplicates(), summary.rejected(), summary.warnings(),
                summary.cancelled() ? "\n\nCancelled: the images stored so far are kept." : "",
                summary.rejected() + summary.warnings() > 0
                        ? "\n\nThe files that could not be read are listed in View \u25B8 Import problems (Ctrl+Shift+P)." : ""),
                ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText("Imported " + summary.file());
        alert.show();
    }

    @Override
    public void export() {
        export(List.of());
    }

    @Override
    public void exportSelection(List<Long> selectedPostIds) {
        if (selectedPostIds.isEmpty()) {
            showError("Select the posts to export in the table first (Ctrl+click or Shift+click to pick several),"
                    + " or use File \u25B8 Export\u2026 for all the posts shown.");
            return;
        }
        export(selectedPostIds);
    }

    private void export(List<Long> selection) {
        if (main == null || !main.canExport()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(selection.isEmpty() ? "Export the posts shown"
                : String.format("Export the %,d selected posts", selection.size()));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv"),
                new FileChooser.ExtensionFilter("JSON Lines", "*.jsonl"));
        chooser.setInitialFileName(main.project().name() + ".csv");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            main.export(file.toPath(), selection, count -> {
                Alert done = new Alert(Alert.AlertType.INFORMATION, String.format(
                        "%,d post%s written to%n%s%n%n%s", count, count == 1 ? "" : "s", file,
                        selection.isEmpty() ? "These are the posts the table showed, with its search and filters applied."
                                : "These are the posts you selected in the table."), ButtonType.OK);
                done.initOwner(stage);
                done.setHeaderText("Export finished");
                done.show();
            });
        }
    }

    @Override
    public void showImportProblems() {
        if (main != null) {
            ImportProblemsView.show(main.newImportProblems(), stage);
        }
    }

    @Override
    public void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        int row = 0;
        for (Shortcuts.Shortcut shortcut : Shortcuts.ALL) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().addAll(Styles.TEXT_BOLD, "shortcut-keys");
            grid.addRow(row++, keys, new Label(shortcut.action()));
        }
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    @Override
    public void showModels() {
        showModels(null);
    }

    /** Opens Analyse ▸ Models; {@code errors} gets its error messages (null: an error dialog). */
    public Stage showModels(java.util.function.Consumer<String> errors) {
        ModelsViewModel models = new ModelsViewModel(context.settings(), context.models(), context.executor(),
                errors != null ? errors : this::showError);
        Stage shown = ModelsView.show(models, stage);
        shown.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, event -> {
            if (main != null) {
                main.modelFoldersChanged();
            }
        });
        return shown;
    }

    @Override
    public void showAgreement() {
        showAgreement(this::adjudicate);
    }

    /** Opens the labelling window on a schema's disagreements queue: the label given there is the adjudication. */
    private void adjudicate(org.postlens.app.domain.LabelSchema schema) {
        showLabelling(java.time.Clock.systemUTC());
        if (labellingModel != null) {
            labellingModel.schemaProperty().set(schema);
            labellingModel.queueKindProperty().set(org.postlens.app.annotate.QueueKind.DISAGREEMENTS);
        }
    }

    /**
     * Opens Annotate ▸ Agreement on the open project. {@code openDisagreements} opens the labelling view on a
     * schema's disagreements queue.
     */
    public Stage showAgreement(java.util.function.Consumer<org.postlens.app.domain.LabelSchema> openDisagreements) {
        if (main == null) {
            return null;
        }
        Project project = main.project();
        return AgreementView.show(new AgreementViewModel(project, new LabelSchemas(project, TaskDefinitions.shipped()),
                context.executor(), openDisagreements), stage);
    }

    @Override
    public void showEvaluation() {
        showEvaluationWindow();
    }

    /** Opens Annotate ▸ Evaluate a model run on the open project. */
    public Stage showEvaluationWindow() {
        if (main == null) {
            return null;
        }
        Project project = main.project();
        LabelSchemas schemas = new LabelSchemas(project, TaskDefinitions.shipped());
        EvaluationService service = new EvaluationService(project, schemas);
        return EvaluationView.show(new EvaluationViewModel(project, schemas,
                (schema, run) -> service.evaluate(run.task(), run.id(), schema.name()), context.executor()), stage);
    }

    @Override
    public void showSuggestions() {
        showSuggestionsWindow();
    }

    /** Opens Annotate ▸ Review suggested labels for the open project; null when no project is open. */
    public Stage showSuggestionsWindow() {
        return main == null ? null : SuggestionsView.show(suggestions(), stage);
    }

    /**
     * "Suggest for near-duplicates": proposes a labelled post's agreed label for its near-duplicates, in the
     * background, and opens the review list where they appear (the labelling view's action).
     */
    public Stage suggestForNearDuplicates(LabelSchema schema, long postId) {
        if (main == null) {
            return null;
        }
        SuggestionsViewModel suggestions = suggestions();
        Stage shown = SuggestionsView.show(suggestions, stage);
        suggestions.suggestForNearDuplicates(schema, postId);
        return shown;
    }

    private SuggestionsViewModel suggestions() {
        // The labelling window's name when one was given there, else the login name.
        String annotator = context.settings().annotator();
        return new SuggestionsViewModel(main.project(), context.executor(),
                annotator.isEmpty() ? System.getProperty("user.name", "annotator") : annotator);
    }

    @Override
    public void showActiveLearning() {
        showActiveLearningWindow();
    }

    /** Opens Annotate ▸ Train a classifier from labels; null when no project is open. */
    public Stage showActiveLearningWindow() {
        if (main == null) {
            return null;
        }
        // The device is read here, on the FX thread; the encoder opens off it, and only for the families that read vectors.
        org.postlens.runtime.DevicePreference device = context.encoders().deviceProperty().get();
        ActiveLearningViewModel learning = new ActiveLearningViewModel(main.project(), labelSchemas(), context.executor(),
                () -> context.encoders().encoder(device), this::labelMostUncertain);
        return ActiveLearningView.show(learning, stage);
    }

    /** Opens the labelling window on a schema's "most uncertain" queue, fed by its latest active-learning run. */
    private void labelMostUncertain(LabelSchema schema) {
        showLabelling(java.time.Clock.systemUTC());
        if (labellingModel != null) {
            labellingModel.schemaProperty().set(schema);
            labellingModel.queueKindProperty().set(org.postlens.app.annotate.QueueKind.UNCERTAIN);
        }
    }

    /** The labelling window's view model while it is open (tests look at its queue). */
    public LabellingViewModel labellingViewModel() {
        return labellingModel;
    }

    @Override
    public void showLabelling() {
        showLabelling(java.time.Clock.systemUTC());
    }

    /** Opens Annotate ▸ Label posts; null when no project is open. */
    public Stage showLabelling(java.time.Clock clock) {
        if (main == null) {
            return null;
        }
        if (labelling != null && labelling.isShowing()) {
            labelling.toFront();
            return labelling;
        }
        labellingModel = new LabellingViewModel(main.project(), labelSchemas(), context.settings(), context.executor(),
                clock);
        labelling = LabellingView.show(labellingModel, stage);
        return labelling;
    }

    private LabelSchemas labelSchemas() {
        return new LabelSchemas(main.project(), TaskDefinitions.shipped());
    }

    @Override
    public void newLabelSchema() {
        if (main == null) {
            return;
        }
        new SchemaEditorView(new SchemaEditorViewModel(labelSchemas()), stage).showAndWait().ifPresent(schema -> {
            Alert done = new Alert(Alert.AlertType.INFORMATION, "Schema '" + schema.name() + "' (" + schema.labels().size()
                    + " labels) is stored in this project. Label with it in Annotate \u25B8 Label posts (Ctrl+B).",
                    ButtonType.OK);
            done.initOwner(stage);
            done.setHeaderText(schema.title());
            done.show();
        });
    }

    @Override
    public void saveFilterForLabelling() {
        if (main == null) {
            return;
        }
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(stage);
        ask.setTitle("Save the table's filter");
        ask.setHeaderText("The table's search and filters, saved by name: the labelling window's \"Saved filter\" queue"
                + " then offers their posts, in the table's order, skipping those you have labelled.");
        ask.setContentText("Name");
        ask.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name ->
                main.project().savedFilters().save(name, PostQueryJson.write(main.posts().shownQuery())));
    }

    @Override
    public void closeProject() {
        showStart();
    }

    @Override
    public void quit() {
        closeCurrent();
        stage.close();
    }
}
