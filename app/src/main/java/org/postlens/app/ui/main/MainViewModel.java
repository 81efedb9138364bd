package org.postlens.app.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.postlens.app.store.Project;
import org.postlens.app.embed.EncoderUnavailableException;
import org.postlens.app.language.PostLanguageDetector;
import org.postlens.app.ui.analysis.ClustersViewModel;
import org.postlens.app.ui.analysis.EmbeddingsViewModel;
import org.postlens.app.ui.analysis.EncoderSession;
import org.postlens.app.ui.analysis.LanguagesViewModel;
import org.postlens.app.ui.analysis.OcrViewModel;
import org.postlens.app.ui.analysis.TaskAnalysisViewModel;
import org.postlens.app.ui.analysis.TaskModelSession;
import org.postlens.app.service.ThumbnailService;
import org.postlens.app.ui.detail.PostDetailViewModel;
import org.postlens.app.ui.gallery.GalleryViewModel;
import org.postlens.app.ui.gallery.ThumbnailLoader;
import org.postlens.app.ui.importer.ImportBackend;
import org.postlens.app.ui.importer.ImportBackend.Summary;
import org.postlens.app.ui.importer.ImportWizardViewModel;
import org.postlens.app.ui.importer.ImportProblemsViewModel;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.JobsViewModel;
import org.postlens.app.ui.jobs.TaskExecutor;
import org.postlens.app.ui.posts.PostsViewModel;

/** The main window of one open project: the posts table, the detail pane, the status bar and the jobs. */
public final class MainViewModel {

    private final Project project;
    private final TaskExecutor executor;
    private final ImportBackend importBackend;
    private final PostExporter exporter;
    private final Consumer<String> errors;
    private final JobsViewModel jobs = new JobsViewModel();
    private final PostsViewModel posts;
    private final PostDetailViewModel detail;
    private final EmbeddingsViewModel embeddings;
    private final ClustersViewModel clusters;
    private final LanguagesViewModel languages;
    private final TaskModelSession taskModels;
    private final TaskAnalysisViewModel analysis;
    private final GalleryViewModel gallery;
    private final ThumbnailLoader thumbnails;
    private final OcrViewModel ocr;
    private boolean clustersShown;

    /** A main window without a text encoder: Analyse ▸ Embed posts and the text search say so. */
    public MainViewModel(Project project, TaskExecutor executor, ImportBackend importBackend, PostExporter exporter,
                         Consumer<String> errors) {
        this(project, executor, importBackend, exporter, errors, new EncoderSession(device -> {
            throw new EncoderUnavailableException("No text encoder in this window.");
        }));
    }

    public MainViewModel(Project project, TaskExecutor executor, ImportBackend importBackend, PostExporter exporter,
                         Consumer<String> errors, EncoderSession encoders) {
        this(project, executor, importBackend, exporter, errors, encoders, TaskModelSession.none());
    }

    /** @param taskModels the task model packs of this window (Analyse ▸ Analyse posts), closed with it */
    public MainViewModel(Project project, TaskExecutor executor, ImportBackend importBackend, PostExporter exporter,
                         Consumer<String> errors, EncoderSession encoders, TaskModelSession taskModels) {
        this.project = project;
        this.executor = executor;
        this.importBackend = importBackend;
        this.exporter = exporter;
        this.errors = errors;
        this.posts = new PostsViewModel(project, executor, error -> errors.accept(message(error)));
        this.taskModels = taskModels;
        this.embeddings = new EmbeddingsViewModel(project, executor, jobs, encoders, errors);
        // The detail pane reloads after an analysis, so it is made before the analysis that refers to it.
        TaskAnalysisViewModel[] analysed = new TaskAnalysisViewModel[1];
        this.detail = new PostDetailViewModel(project, executor, (prediction, text) -> analysed[0].explain(prediction, text));
        this.analysis = new TaskAnalysisViewModel(project, executor, jobs, taskModels, encoders, errors, () -> {
            posts.reload();
            detail.reload();
        });
        analysed[0] = analysis;
        this.clusters = new ClustersViewModel(project, executor);
        this.languages = new LanguagesViewModel(project, executor, jobs, new PostLanguageDetector(), errors, () -> {
            posts.reload();
            detail.reload();
        });
        this.gallery = new GalleryViewModel(project, posts, executor, error -> errors.accept(message(error)));
        this.thumbnails = new ThumbnailLoader(new ThumbnailService(project), executor);
        this.ocr = new OcrViewModel(project, executor, jobs, errors, () -> {
            posts.reload();
            detail.reload();
        });
        embeddings.embedRunsProperty().addListener((obs, old, runs) -> clusters.vectorsChanged(clustersShown));
        posts.reload();
    }

    public Project project() {
        return project;
    }

    public String title() {
        return project.name() + " — Postlens";
    }

    public PostsViewModel posts() {
        return posts;
    }

    public PostDetailViewModel detail() {
        return detail;
    }

    public GalleryViewModel gallery() {
        return gallery;
    }

    public ThumbnailLoader thumbnails() {
        return thumbnails;
    }

    public JobsViewModel jobs() {
        return jobs;
    }

    public EmbeddingsViewModel embeddings() {
        return embeddings;
    }

    public LanguagesViewModel languages() {
        return languages;
    }

    public ClustersViewModel clusters() {
        return clusters;
    }

    public OcrViewModel ocr() {
        return ocr;
    }

    /** Analyse ▸ Analyse posts, and the explanations of predictions in the detail pane. */
    public TaskAnalysisViewModel analysis() {
        return analysis;
    }

    /** Analyse ▸ Models changed the model folders: the next analysis opens the packs afresh. */
    public void modelFoldersChanged() {
        taskModels.reset();
    }

    /** The clusters view is shown (true) or left (false): shown, it computes and follows new embed runs. */
    public void clustersShown(boolean shown) {
        clustersShown = shown;
        if (shown) {
            clusters.showing();
        }
    }

    public ImportWizardViewModel newImportWizard() {
        return new ImportWizardViewModel(importBackend, executor, jobs, summary -> posts.reload());
    }

    public ImportProblemsViewModel newImportProblems() {
        return new ImportProblemsViewModel(project, executor);
    }

    public void importImageFolder(Path folder, Consumer<Summary> whenDone) {
        if (jobs.isRunning()) {
            errors.accept("Another job is running; wait for it to finish or cancel it.");
            return;
        }
        BackgroundTask<Summary> task = BackgroundTask.of((progress, cancellation) ->
                importBackend.importImageFolder(folder, progress, cancellation));
        jobs.track("Importing images from " + folder.getFileName(), "images", task);
        task.onProgress(jobs::progress)
                .onSuccess(summary -> {
                    posts.reload();
                    whenDone.accept(summary);
                })
                .onFailure(error -> errors.accept("Cannot import " + folder + ": " + message(error)))
                .onFinally(jobs::finished)
                .start(executor);
    }

    public boolean canExport() {
        return exporter != null;
    }

    /** The most posts that can be picked by hand for an export; more are exported through a search or filter. */
    public static final int MAX_SELECTED_FOR_EXPORT = 100_000;

    /** Exports the posts the table shows (its search and filters). */
    public void export(Path target, Consumer<Long> whenDone) {
        export(target, List.of(), whenDone);
    }

    /** Exports only the given posts (project row ids, in table order); none given means the posts shown. */
    public void export(Path target, List<Long> selection, Consumer<Long> whenDone) {
        if (selection.size() > MAX_SELECTED_FOR_EXPORT) {
            errors.accept(String.format("%,d posts are selected; pick at most %,d by hand, or narrow the table with a"
                    + " search or filters and export the posts shown.", selection.size(), MAX_SELECTED_FOR_EXPORT));
            return;
        }
        if (exporter == null) {
            errors.accept("Export is not available in this build.");
            return;
        }
        if (jobs.isRunning()) {
            errors.accept("Another job is running; wait for it to finish or cancel it.");
            return;
        }
        var query = posts.query();
        BackgroundTask<Long> task = BackgroundTask.of((progress, cancellation) ->
                exporter.export(project, query, selection, target, progress, cancellation));
        jobs.track("Exporting to " + target.getFileName(), "posts", task);
        task.onProgress(jobs::progress)
                .onSuccess(whenDone)
                .onFailure(error -> errors.accept("Cannot export to " + target + ": " + message(error)))
                .onFinally(jobs::finished)
                .start(executor);
    }

    /** Cancels running work and closes the project file. */
    public void close() {
        jobs.cancel();
        clusters.cancel();
        taskModels.close();
        project.close();
    }

    static String message(Exception error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
