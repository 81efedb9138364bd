package org.postlens.app.ui.analysis;

import java.util.List;
import java.util.function.Consumer;
import org.postlens.app.analysis.AnalyzeJob;
import org.postlens.app.analysis.AnalyzeReport;
import org.postlens.app.analysis.TaskModel;
import org.postlens.app.analysis.TaskModels;
import org.postlens.app.analysis.TaskRunSummary;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.domain.TaskKeys;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.JobsViewModel;
import org.postlens.app.ui.jobs.TaskExecutor;
import org.postlens.runtime.Contribution;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.TextEncoder;

/**
 * Analyse ▸ Analyse posts: runs the task models over the project as a job in the status bar, and says which words
 * pushed a stored prediction (for the detail pane).
 */
public final class TaskAnalysisViewModel {

    /** Words or n-grams shown per prediction. */
    public static final int EXPLANATION_LIMIT = 6;

    private final Project project;
    private final TaskExecutor executor;
    private final JobsViewModel jobs;
    private final TaskModelSession models;
    private final EncoderSession encoders;
    private final Consumer<String> errors;
    private final Runnable whenPredictionsChanged;

    public TaskAnalysisViewModel(Project project, TaskExecutor executor, JobsViewModel jobs, TaskModelSession models,
                                 EncoderSession encoders, Consumer<String> errors, Runnable whenPredictionsChanged) {
        this.project = project;
        this.executor = executor;
        this.jobs = jobs;
        this.models = models;
        this.encoders = encoders;
        this.errors = errors;
        this.whenPredictionsChanged = whenPredictionsChanged;
    }

    /** Predicts, for every post, each task a pack of its language answers; resumable, cancellable. */
    public void analyse() {
        if (jobs.isRunning()) {
            errors.accept("Another job is running; wait for it to finish or cancel it.");
            return;
        }
        DevicePreference device = encoders.deviceProperty().get();
        BackgroundTask<AnalyzeReport> task = BackgroundTask.of((progress, cancellation) -> {
            TaskModels opened = models.models(device);
            if (opened.models().isEmpty()) {
                throw new IllegalStateException("There are no usable task model packs: add a folder of packs in"
                        + " Analyse \u25B8 Models\u2026");
            }
            TextEncoder encoder = opened.needsEncoder() ? encoders.encoder(device) : null;
            cancellation.throwIfCancelled();
            return new AnalyzeJob(project, opened.models(), encoder, AnalyzeJob.DEFAULT_BATCH_SIZE).run(progress, cancellation);
        });
        jobs.track("Analysing posts", "posts", task);
        task.onProgress(jobs::progress)
                .onSuccess(report -> {
                    whenPredictionsChanged.run();
                    jobs.notice(summary(report));
                })
                .onCancelled(() -> {
                    whenPredictionsChanged.run();
                    jobs.notice("Analysis cancelled: the predictions made so far are kept; run it again to finish.");
                })
                .onFailure(error -> {
                    whenPredictionsChanged.run();
                    errors.accept("Cannot analyse the posts: " + (error.getMessage() == null
                            ? error.getClass().getSimpleName() : error.getMessage()));
                })
                .onFinally(jobs::finished)
                .start(executor);
    }

    /** The status bar's line after a run: predictions per task and the device. */
    public static String summary(AnalyzeReport report) {
        if (report.runs().isEmpty()) {
            return "Nothing to analyse: every post has a prediction from each model that reads its language";
        }
        StringBuilder text = new StringBuilder(String.format("Analysed %,d posts", report.postsLookedAt()));
        for (TaskRunSummary run : report.runs()) {
            text.append(String.format(" \u00B7 %s %,d (%s on %s)", TaskKeys.display(run.task()), run.predicted(), run.run().modelId(),
                    run.run().device()));
        }
        return text.toString();
    }

    /**
     * The words or n-grams that pushed a stored prediction most, strongest first; empty when the model that made
     * it is no longer among the packs (or is another version). Blocking: call off the FX thread.
     */
    public List<Contribution> explain(StoredPrediction prediction, String text) throws Exception {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        DevicePreference device = encoders.deviceProperty().get();
        for (TaskModel model : models.models(device).models()) {
            if (model.modelId().equals(prediction.run().modelId()) && model.version().equals(prediction.run().modelVersion())) {
                return model.readsVectors() ? explainHead(model, encoders.encoder(device), text)
                        : model.classifier().explain(text, EXPLANATION_LIMIT);
            }
        }
        return List.of();
    }

    /**
     * An encoder head by occlusion, like {@link org.postlens.runtime.TextClassifier#explain}'s default, with every
     * variant of the text encoded first: leaving a word out and measuring the drop in the label's score.
     */
    static List<Contribution> explainHead(TaskModel model, TextEncoder encoder, String text) {
        String[] words = text.strip().split("\\s+");
        List<String> texts = new java.util.ArrayList<>(words.length + 1);
        texts.add(text);
        for (int left = 0; left < words.length; left++) {
            StringBuilder without = new StringBuilder();
            for (int i = 0; i < words.length; i++) {
                if (i != left) {
                    without.append(without.isEmpty() ? "" : " ").append(words[i]);
                }
            }
            texts.add(without.toString());
        }
        List<org.postlens.runtime.Prediction> predictions = model.classifier().classify(texts, List.of(encoder.encode(texts)));
        org.postlens.runtime.Prediction full = predictions.get(0);
        int label = model.classifier().labels().indexOf(full.label());
        List<Contribution> contributions = new java.util.ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            contributions.add(new Contribution(words[i], full.score() - predictions.get(i + 1).scores()[label]));
        }
        contributions.sort(java.util.Comparator.comparingDouble((Contribution c) -> Math.abs(c.weight())).reversed());
        return List.copyOf(contributions.subList(0, Math.min(EXPLANATION_LIMIT, contributions.size())));
    }
}
