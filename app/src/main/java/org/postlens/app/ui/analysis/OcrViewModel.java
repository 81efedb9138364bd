package org.postlens.app.ui.analysis;

import java.util.function.Consumer;
import java.util.function.Function;
import org.postlens.app.media.ocr.OcrJob;
import org.postlens.app.media.ocr.OcrLanguages;
import org.postlens.app.media.ocr.OcrReport;
import org.postlens.app.media.ocr.OcrUnavailableException;
import org.postlens.app.media.ocr.TesseractEngine;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.JobsViewModel;
import org.postlens.app.ui.jobs.TaskExecutor;

/**
 * Analyse ▸ Read text in images: the OCR job over every image not read yet, in the status bar with progress and
 * cancel. Where Tesseract or a language is missing, the error names what to install; nothing else is affected.
 */
public final class OcrViewModel {

    private final Project project;
    private final TaskExecutor executor;
    private final JobsViewModel jobs;
    private final Consumer<String> errors;
    private final Function<OcrLanguages, TesseractEngine> engines;
    private final Runnable textsChanged;

    public OcrViewModel(Project project, TaskExecutor executor, JobsViewModel jobs, Consumer<String> errors,
                        Runnable textsChanged) {
        this(project, executor, jobs, errors, TesseractEngine::open, textsChanged);
    }

    OcrViewModel(Project project, TaskExecutor executor, JobsViewModel jobs, Consumer<String> errors,
                 Function<OcrLanguages, TesseractEngine> engines, Runnable textsChanged) {
        this.project = project;
        this.executor = executor;
        this.jobs = jobs;
        this.errors = errors;
        this.engines = engines;
        this.textsChanged = textsChanged;
    }

    /** Reads every image with English plus its posts' language (Arabic, Hindi), as a job. */
    public void readImages() {
        if (jobs.isRunning()) {
            errors.accept("Another job is running; wait for it to finish or cancel it.");
            return;
        }
        BackgroundTask<Outcome> task = BackgroundTask.of((progress, cancellation) -> {
            TesseractEngine engine = engines.apply(OcrLanguages.REQUIRED_BY_DEFAULT);
            cancellation.throwIfCancelled();
            OcrReport report = new OcrJob(project, engine, null, 1, OcrJob.DEFAULT_BATCH_SIZE).run(progress, cancellation);
            return new Outcome(report, engine.version());
        });
        jobs.track("Reading text in images", "images", task);
        task.onProgress(jobs::progress)
                .onSuccess(outcome -> {
                    textsChanged.run();
                    jobs.notice(summary(outcome.report(), outcome.version()));
                })
                .onCancelled(() -> {
                    textsChanged.run();
                    jobs.notice("Reading text in images cancelled: the images read so far are kept; run it again to finish.");
                })
                .onFailure(error -> {
                    textsChanged.run();
                    errors.accept(error instanceof OcrUnavailableException ? error.getMessage()
                            : "Cannot read the text in images: " + error.getMessage());
                })
                .onFinally(jobs::finished)
                .start(executor);
    }

    private record Outcome(OcrReport report, String version) {}

    /** What the status bar says after a run. */
    public static String summary(OcrReport report, String version) {
        String with = "Tesseract " + version;
        if (report.run() == null) {
            return String.format("All %,d images are read \u00B7 %s", report.alreadyRead(), with);
        }
        return String.format("Read %,d images, %,d with text \u00B7 %s", report.read(), report.withText(), with)
                + (report.problems() > 0 ? String.format(" \u00B7 %,d could not be read", report.problems()) : "")
                + (report.waiting() > 0 ? " \u00B7 " + report.waitingExplanation() : "");
    }
}
