package org.postlens.app.ui.measure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.Run;
import org.postlens.app.evaluate.Breakdown;
import org.postlens.app.evaluate.EvaluationCsv;
import org.postlens.app.evaluate.EvaluationFigures;
import org.postlens.app.evaluate.EvaluationHtmlReport;
import org.postlens.app.evaluate.EvaluationJson;
import org.postlens.app.evaluate.EvaluationResult;
import org.postlens.app.evaluate.GroupEvaluation;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.TaskExecutor;
import org.postlens.runtime.eval.LabelScores;

/**
 * Annotate ▸ Evaluate a model run: choose a schema and one of the runs of its task (latest first); the run is
 * measured against the schema's gold labels off the FX thread, and the figures, the per-label table, the confusion
 * matrix and the breakdowns by language, platform and source are shown and can be exported as HTML, CSV or JSON.
 */
public final class EvaluationViewModel {

    /** Measures a run of the project against a schema's gold labels. */
    @FunctionalInterface
    public interface Evaluator {
        EvaluationResult evaluate(LabelSchema schema, Run run) throws Exception;
    }

    /** The report formats, chosen by the file's extension. */
    public enum ReportFormat {
        HTML("html"), CSV("csv"), JSON("json");

        final String extension;

        ReportFormat(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        static ReportFormat forFile(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (ReportFormat format : values()) {
                if (name.endsWith("." + format.extension)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("Export the evaluation to a file ending in .html, .csv or .json (not "
                    + file.getFileName() + ").");
        }
    }

    private static final DateTimeFormatter RUN_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Project project;
    private final LabelSchemas schemas;
    private final Evaluator evaluator;
    private final TaskExecutor executor;
    private final ObservableList<LabelSchema> schemaChoices = FXCollections.observableArrayList();
    private final ObjectProperty<LabelSchema> schema = new SimpleObjectProperty<>();
    private final ObservableList<Run> runs = FXCollections.observableArrayList();
    private final ObjectProperty<Run> run = new SimpleObjectProperty<>();
    private final ObjectProperty<EvaluationResult> result = new SimpleObjectProperty<>();
    private final ObservableList<LabelScores> perLabel = FXCollections.observableArrayList();
    private final Map<String, ObservableList<GroupEvaluation>> breakdowns = new LinkedHashMap<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty exported = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private long generation;

    public EvaluationViewModel(Project project, LabelSchemas schemas, Evaluator evaluator, TaskExecutor executor) {
        this.project = project;
        this.schemas = schemas;
        this.evaluator = evaluator;
        this.executor = executor;
        for (String dimension : org.postlens.app.evaluate.RunEvaluation.DIMENSIONS) {
            breakdowns.put(dimension, FXCollections.observableArrayList());
        }
        schema.addListener((obs, old, chosen) -> listRuns(chosen));
        run.addListener((obs, old, chosen) -> evaluate());
    }

    private record Listed(List<LabelSchema> all, LabelSchema firstWithRuns) {}

    /** Lists the schemas and chooses the first one a model run answers (else the first). */
    public void load() {
        busy.set(true);
        BackgroundTask.of((progress, cancel) -> {
                    List<LabelSchema> all = schemas.all();
                    LabelSchema withRuns = all.stream().filter(s -> !runsOf(s).isEmpty()).findFirst()
                            .orElse(all.isEmpty() ? null : all.get(0));
                    return new Listed(all, withRuns);
                })
                .onSuccess(listed -> {
                    schemaChoices.setAll(listed.all());
                    busy.set(false);
                    schema.set(listed.firstWithRuns());
                })
                .onFailure(error -> {
                    busy.set(false);
                    message.set("Cannot list the label schemas: " + error.getMessage());
                })
                .start(executor);
    }

    /**
     * The runs whose predictions answer a schema, latest first: those of its task ({@code sentiment},
     * {@code stance:abortion}) and those of classifiers trained on the schema itself (their task is its name).
     */
    List<Run> runsOf(LabelSchema chosen) {
        List<Run> found = new ArrayList<>(project.runs().forTask(chosen.name()));
        if (chosen.task() != null && !chosen.task().equals(chosen.name())) {
            found.addAll(project.runs().forTask(chosen.task()));
        }
        found.sort(Comparator.comparing(Run::startedAt).thenComparingLong(Run::id).reversed());
        return found;
    }

    private void listRuns(LabelSchema chosen) {
        run.set(null);
        runs.clear();
        if (chosen == null) {
            return;
        }
        List<Run> found = runsOf(chosen);
        runs.setAll(found);
        if (found.isEmpty()) {
            message.set("No model run answers \u201C" + chosen.title() + "\u201D yet. Analyse posts with a "
                    + (chosen.task() == null ? "classifier trained on this schema" : chosen.task() + " model") + " first.");
        }
        run.set(found.isEmpty() ? null : found.get(0));
    }

    private void evaluate() {
        long wanted = ++generation;
        LabelSchema chosenSchema = schema.get();
        Run chosenRun = run.get();
        show(null);
        if (chosenSchema == null || chosenRun == null) {
            return;
        }
        busy.set(true);
        message.set("Measuring run #" + chosenRun.id() + " against the labels\u2026");
        BackgroundTask.of((progress, cancel) -> evaluator.evaluate(chosenSchema, chosenRun))
                .onSuccess(evaluation -> {
                    if (wanted == generation) {
                        show(evaluation);
                    }
                })
                .onFailure(error -> {
                    if (wanted == generation) {
                        message.set("Cannot evaluate the run: " + error.getMessage());
                    }
                })
                .onFinally(() -> {
                    if (wanted == generation) {
                        busy.set(false);
                    }
                })
                .start(executor);
    }

    private void show(EvaluationResult evaluation) {
        result.set(evaluation);
        exported.set("");
        if (evaluation == null) {
            perLabel.clear();
            breakdowns.values().forEach(List::clear);
            summary.set("");
            message.set("");
            return;
        }
        EvaluationFigures overall = evaluation.overall();
        perLabel.setAll(overall.perLabel());
        for (Breakdown breakdown : evaluation.breakdowns()) {
            breakdowns.computeIfAbsent(breakdown.dimension(), d -> FXCollections.observableArrayList()).setAll(breakdown.groups());
        }
        summary.set(String.format(Locale.ROOT, "%,d posts with a gold label \u00B7 %,d measured \u00B7 %,d without a"
                        + " prediction (left out) \u00B7 %,d annotated but with no gold label (disagreement)",
                evaluation.posts(), evaluation.measured(), evaluation.withoutPrediction(), evaluation.subject().goldLeftOut()));
        message.set(evaluation.posts() == 0 ? "No post has a gold label in this schema yet: label some posts first"
                + " (annotators who agree, or an adjudication, make a gold label)."
                : evaluation.measured() == 0 ? "The run gave none of the labelled posts a prediction." : "");
    }

    /** Writes the evaluation shown to {@code file}, as HTML, CSV or JSON by its extension. */
    public void export(Path file) {
        EvaluationResult shown = result.get();
        if (shown == null) {
            return;
        }
        ReportFormat format;
        try {
            format = ReportFormat.forFile(file);
        } catch (IllegalArgumentException e) {
            exported.set(e.getMessage());
            return;
        }
        busy.set(true);
        BackgroundTask.of((progress, cancel) -> write(shown, file, format))
                .onSuccess(files -> exported.set("Written: " + String.join(", ", files.stream().map(Path::toString).toList())))
                .onFailure(error -> exported.set("Cannot write the report: " + error.getMessage()))
                .onFinally(() -> busy.set(false))
                .start(executor);
    }

    static List<Path> write(EvaluationResult evaluation, Path file, ReportFormat format) throws java.io.IOException {
        return switch (format) {
            case HTML -> List.of(Files.writeString(file, EvaluationHtmlReport.render(evaluation), StandardCharsets.UTF_8));
            case JSON -> List.of(Files.writeString(file, EvaluationJson.write(evaluation), StandardCharsets.UTF_8));
            case CSV -> EvaluationCsv.write(evaluation, file);
        };
    }

    /** A file name for the report of the run shown, e.g. {@code sentiment-run-12.html}. */
    public String suggestedFileName(ReportFormat format) {
        Run shown = run.get();
        String name = schema.get() == null ? "evaluation" : schema.get().name().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        return name + (shown == null ? "" : "-run-" + shown.id()) + "." + format.extension();
    }

    /** "#12  sentiment-en 1.0  ·  2026-11-21 10:40 UTC  ·  COMPLETE" */
    public static String describe(Run run) {
        return run == null ? "" : String.format("#%d  %s %s  \u00B7  %s UTC  \u00B7  %s", run.id(), run.modelId(),
                run.modelVersion() == null ? "" : run.modelVersion(), RUN_DATE.format(run.startedAt()),
                run.status().name().toLowerCase(Locale.ROOT));
    }

    /** A share as a percentage with one decimal, or "—" when undefined. */
    public static String percent(double value) {
        return Double.isNaN(value) ? "\u2014" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }

    /** A score with three decimals, or "—" when undefined. */
    public static String score(double value) {
        return Double.isNaN(value) ? "\u2014" : String.format(Locale.ROOT, "%.3f", value);
    }

    public ObservableList<LabelSchema> schemas() {
        return schemaChoices;
    }

    public ObjectProperty<LabelSchema> schemaProperty() {
        return schema;
    }

    public ObservableList<Run> runs() {
        return runs;
    }

    public ObjectProperty<Run> runProperty() {
        return run;
    }

    public ReadOnlyObjectProperty<EvaluationResult> resultProperty() {
        return result;
    }

    public ObservableList<LabelScores> perLabel() {
        return perLabel;
    }

    /** The groups of one breakdown ({@code language}, {@code platform}, {@code source}), largest first. */
    public ObservableList<GroupEvaluation> breakdown(String dimension) {
        return breakdowns.computeIfAbsent(dimension, d -> FXCollections.observableArrayList());
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Where the last export went, or why it failed. */
    public ReadOnlyStringProperty exportedProperty() {
        return exported;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
