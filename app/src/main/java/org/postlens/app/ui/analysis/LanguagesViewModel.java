package org.postlens.app.ui.analysis;

import java.util.function.Consumer;
import org.postlens.app.language.LanguageBackfill;
import org.postlens.app.language.PostLanguageDetector;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.JobsViewModel;
import org.postlens.app.ui.jobs.TaskExecutor;

/**
 * Analyse ▸ Detect missing languages: the language back-fill as a job in the status bar, for projects imported
 * before detection existed. When it ends (done or cancelled), {@code languagesChanged} runs so the table's
 * language filter and counts follow.
 */
public final class LanguagesViewModel {

    private final Project project;
    private final TaskExecutor executor;
    private final JobsViewModel jobs;
    private final PostLanguageDetector detector;
    private final Consumer<String> errors;
    private final Runnable languagesChanged;

    public LanguagesViewModel(Project project, TaskExecutor executor, JobsViewModel jobs, PostLanguageDetector detector,
                              Consumer<String> errors, Runnable languagesChanged) {
        this.project = project;
        this.executor = executor;
        this.jobs = jobs;
        this.detector = detector;
        this.errors = errors;
        this.languagesChanged = languagesChanged;
    }

    public void detectMissing() {
        if (jobs.isRunning()) {
            errors.accept("Another job is running; wait for it to finish or cancel it.");
            return;
        }
        BackgroundTask<LanguageBackfill.Result> task = BackgroundTask.of((progress, cancellation) ->
                new LanguageBackfill(project, detector).run(progress, cancellation));
        jobs.track("Detecting languages", "posts", task);
        task.onProgress(jobs::progress)
                .onSuccess(result -> {
                    languagesChanged.run();
                    jobs.notice(summary(result));
                })
                .onCancelled(() -> {
                    languagesChanged.run();
                    jobs.notice("Language detection cancelled: the languages found so far are kept; run it again to finish.");
                })
                .onFailure(error -> errors.accept("Cannot detect languages: "
                        + (error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage())))
                .onFinally(jobs::finished)
                .start(executor);
    }

    /** What the status bar says after a run. */
    public static String summary(LanguageBackfill.Result result) {
        if (result.examined() == 0) {
            return "Every post has a language already.";
        }
        return String.format("Detected the language of %,d of %,d posts; %,d stay unknown (too short, or not clearly"
                + " one of the languages Postlens detects).", result.detected(), result.examined(), result.stillUnknown());
    }
}
