package org.postlens.app.ui.learn;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.postlens.app.annotate.ActiveLearningJob;
import org.postlens.app.annotate.GoldLabels;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.annotate.LearnReport;
import org.postlens.app.annotate.LearnRequest;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.jobs.Progress;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.TaskExecutor;
import org.postlens.runtime.TextEncoder;
import org.postlens.runtime.learn.CrossValidation;
import org.postlens.runtime.learn.LearningCurve;
import org.postlens.runtime.train.ModelFamily;

/**
 * Annotate ▸ Train a classifier from labels: choose a schema (its gold labels and waiting disagreements are
 * counted), a model family and whether to draw the learning curve; {@link #train()} runs {@link ActiveLearningJob}
 * off the FX thread with progress and cancel, then shows the cross-validated figure, the curve, and offers the
 * most uncertain posts to the labelling window and the model as a pack.
 */
public final class ActiveLearningViewModel {

    private static final String DEFAULT_FIGURE_NAME = "Cross-validated F1";

    private final Project project;
    private final LabelSchemas schemas;
    private final TaskExecutor executor;
    private final Supplier<TextEncoder> encoder;
    private final Consumer<LabelSchema> labelMostUncertain;
    private final ObservableList<LabelSchema> schemaChoices = FXCollections.observableArrayList();
    private final ObjectProperty<LabelSchema> schema = new SimpleObjectProperty<>();
    private final ObjectProperty<ModelFamily> family = new SimpleObjectProperty<>(ModelFamily.NGRAM);
    private final BooleanProperty learningCurve = new SimpleBooleanProperty(true);
    private final StringProperty labelCounts = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final DoubleProperty progressFraction = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<LearnReport> report = new SimpleObjectProperty<>();
    private final StringProperty crossValidatedName = new SimpleStringProperty(DEFAULT_FIGURE_NAME);
    private final StringProperty crossValidated = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<LearningCurve.Point> curve = FXCollections.observableArrayList();
    private final StringProperty saved = new SimpleStringProperty("");
    private BackgroundTask<LearnReport> task;
    /** Counts the label counts asked for, so that a slow count for a schema no longer chosen is dropped. */
    private long counting;

    /**
     * @param encoder opens the session's sentence encoder (blocking; called off the FX thread, only for the families
     *     that read vectors)
     * @param labelMostUncertain opens the labelling window on a schema's "most uncertain" queue
     */
    public ActiveLearningViewModel(Project project, LabelSchemas schemas, TaskExecutor executor, Supplier<TextEncoder> encoder,
            Consumer<LabelSchema> labelMostUncertain) {
        this.project = project;
        this.schemas = schemas;
        this.executor = executor;
        this.encoder = encoder;
        this.labelMostUncertain = labelMostUncertain;
        schema.addListener((obs, old, chosen) -> countLabels(chosen));
    }

    private record Listed(List<LabelSchema> all, LabelSchema firstLabelled) {}

    /** Lists the schemas (off the FX thread) and chooses the first one with gold labels, else the first. */
    public void load() {
        BackgroundTask.of((progress, cancel) -> {
                    List<LabelSchema> all = schemas.all();
                    LabelSchema first = all.stream().filter(s -> !project.annotations().current(s.id()).isEmpty()).findFirst()
                            .orElse(all.isEmpty() ? null : all.get(0));
                    return new Listed(all, first);
                })
                .onSuccess(listed -> {
                    schemaChoices.setAll(listed.all());
                    if (schema.get() == null) {
                        schema.set(listed.firstLabelled());
                    }
                })
                .onFailure(error -> message.set("Cannot list the label schemas: " + error.getMessage()))
                .start(executor);
    }

    private void countLabels(LabelSchema chosen) {
        long wanted = ++counting;
        labelCounts.set("");
        if (chosen == null) {
            return;
        }
        BackgroundTask.of((progress, cancel) -> GoldLabels.of(project.annotations().current(chosen.id())))
                .onSuccess(gold -> {
                    if (wanted == counting) {
                        labelCounts.set(describeCounts(gold.labels().size(), gold.disagreements()));
                    }
                })
                .onFailure(error -> labelCounts.set("Cannot count the labels: " + error.getMessage()))
                .start(executor);
    }

    /** "42 gold labels · 3 disagreements wait for adjudication (left out)" */
    static String describeCounts(int gold, int disagreements) {
        String text = String.format(Locale.ROOT, "%,d gold label%s", gold, gold == 1 ? "" : "s");
        if (disagreements > 0) {
            text += String.format(Locale.ROOT, " \u00B7 %,d disagreement%s wait%s for adjudication (left out)", disagreements,
                    disagreements == 1 ? "" : "s", disagreements == 1 ? "s" : "");
        }
        if (gold < ActiveLearningJob.MIN_LABELS) {
            text += String.format(Locale.ROOT, " \u00B7 training needs at least %d", ActiveLearningJob.MIN_LABELS);
        }
        return text;
    }

    /** One line on what a family reads, for the chooser. */
    public static String explain(ModelFamily family) {
        return switch (family) {
            case NGRAM -> "Word and character n-grams: any language, no encoder needed, fastest.";
            case ENCODER_HEAD -> "A head on the sentence vectors (Analyse \u25B8 Embed posts): reads English best.";
            case COMBINED -> "Both together: usually the best on English; reads the stored sentence vectors too.";
        };
    }

    /** The family's name in the chooser. */
    public static String title(ModelFamily family) {
        return switch (family) {
            case NGRAM -> "N-grams";
            case ENCODER_HEAD -> "Encoder head";
            case COMBINED -> "Combined (n-grams + encoder head)";
        };
    }

    /** Trains on the chosen schema's gold labels and predicts the rest, off the FX thread. */
    public void train() {
        LabelSchema chosen = schema.get();
        if (chosen == null || running.get()) {
            return;
        }
        LearnRequest request = LearnRequest.of(chosen.name(), family.get()).withLearningCurve(learningCurve.get());
        showReport(null);
        message.set("");
        running.set(true);
        progressText.set("Starting\u2026");
        progressFraction.set(-1);
        task = BackgroundTask.<LearnReport>of((progress, cancel) -> new ActiveLearningJob(project, request,
                        request.family().readsVectors() ? encoder.get() : null).run(progress, cancel))
                .onProgress(this::progress)
                .onSuccess(this::showReport)
                .onFailure(error -> message.set(error instanceof IllegalArgumentException || error instanceof IllegalStateException
                        ? capitalised(error.getMessage()) + "."
                        : "Training failed: " + error.getMessage()))
                .onCancelled(() -> message.set("Cancelled: no prediction of this training is used; the labelling queue"
                        + " keeps the last complete run."))
                .onFinally(() -> {
                    running.set(false);
                    progressText.set("");
                    progressFraction.set(0);
                    task = null;
                    countLabels(schema.get());
                });
        task.start(executor);
    }

    public void cancel() {
        if (task != null) {
            task.cancel();
            progressText.set("Cancelling\u2026");
        }
    }

    private void progress(Progress progress) {
        String unit = progress.message().startsWith("Predicting") ? "posts" : "models";
        progressText.set(progress.message() + " \u2014 " + progress.describe(unit));
        progressFraction.set(progress.fraction());
    }

    private void showReport(LearnReport shown) {
        report.set(shown);
        saved.set("");
        if (shown == null) {
            crossValidatedName.set(DEFAULT_FIGURE_NAME);
            crossValidated.set("");
            summary.set("");
            curve.clear();
            return;
        }
        CrossValidation cv = shown.crossValidation();
        crossValidatedName.set(cv == null ? DEFAULT_FIGURE_NAME : cv.folds() + "-fold cross-validated " + metricName(cv.metric()));
        crossValidated.set(cv == null ? "\u2014" : String.format(Locale.ROOT, "%.3f", cv.value()));
        summary.set(String.format(Locale.ROOT, "%s \u00B7 %,d labels used \u00B7 %,d posts predicted (run #%d)"
                        + " \u00B7 %.1f s (training %.1f s)",
                title(shown.model().report().family()), shown.labels(), shown.predicted(), shown.run().id(), shown.seconds(),
                shown.trainingSeconds()));
        curve.setAll(shown.learningCurve() == null ? List.of() : shown.learningCurve().points());
    }

    /** "macro F1" for "macro_f1". */
    public static String metricName(String metric) {
        return metric.replace('_', ' ').replace(" f1", " F1");
    }

    /** Opens the labelling window on the trained schema's most uncertain posts. */
    public void labelMostUncertain() {
        if (report.get() != null) {
            labelMostUncertain.accept(report.get().schema());
        }
    }

    /** Writes the model as a pack in a folder of its own (named after it) inside {@code parent}. */
    public void savePack(Path parent) {
        LearnReport shown = report.get();
        if (shown == null) {
            return;
        }
        Path folder = parent.resolve(shown.run().modelId());
        BackgroundTask.of((progress, cancel) -> shown.savePack(folder))
                .onSuccess(written -> saved.set("Saved the model pack to " + written + ". Add that folder in Analyse \u25B8"
                        + " Models\u2026 to run it over posts like the shipped models."))
                .onFailure(error -> saved.set("Cannot save the model pack: " + error.getMessage()))
                .start(executor);
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public ObservableList<LabelSchema> schemas() {
        return schemaChoices;
    }

    public ObjectProperty<LabelSchema> schemaProperty() {
        return schema;
    }

    public ObjectProperty<ModelFamily> familyProperty() {
        return family;
    }

    public BooleanProperty learningCurveProperty() {
        return learningCurve;
    }

    /** The chosen schema's gold labels and waiting disagreements. */
    public ReadOnlyStringProperty labelCountsProperty() {
        return labelCounts;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }

    /** Done / total of the stage in progress; -1 when unknown. */
    public ReadOnlyDoubleProperty progressFractionProperty() {
        return progressFraction;
    }

    /** Why training refused or failed, or that it was cancelled. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<LearnReport> reportProperty() {
        return report;
    }

    /** What the figure is: "5-fold cross-validated macro F1". */
    public ReadOnlyStringProperty crossValidatedNameProperty() {
        return crossValidatedName;
    }

    /** The cross-validated figure, three decimals. */
    public ReadOnlyStringProperty crossValidatedProperty() {
        return crossValidated;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<LearningCurve.Point> curve() {
        return curve;
    }

    /** Where the pack went, or why it could not be written. */
    public ReadOnlyStringProperty savedProperty() {
        return saved;
    }
}
