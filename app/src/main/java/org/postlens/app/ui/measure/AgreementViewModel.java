package org.postlens.app.ui.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.postlens.app.annotate.AgreementReport;
import org.postlens.app.annotate.AgreementService;
import org.postlens.app.annotate.CodedUnit;
import org.postlens.app.annotate.LabelAgreement;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.annotate.MeasurementLevel;
import org.postlens.app.annotate.SchemaAgreement;
import org.postlens.app.domain.Annotation;
import org.postlens.app.domain.AnnotationAction;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.SchemaKind;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.TaskExecutor;

/**
 * Annotate ▸ Agreement: for the chosen schema, who labelled how many posts, Krippendorff's alpha (any number of
 * annotators, missing labels allowed) and Cohen's kappa (exactly two; with more, a table of every pair), overall
 * and per label, with the units each figure rests on. Measured off the FX thread; a newer choice wins.
 */
public final class AgreementViewModel {

    /** How many posts one annotator has a standing label on. */
    public record AnnotatorRow(String annotator, long posts) {}

    /** Cohen's kappa of one pair of annotators over the posts both labelled. */
    public record PairRow(String first, String second, int units, double kappa, String note) {}

    /** Everything the window shows for one schema. */
    public record Measured(LabelSchema schema, List<AnnotatorRow> annotators, AgreementReport report,
                           List<PairRow> pairs, int disagreements) {}

    private final Project project;
    private final LabelSchemas schemas;
    private final TaskExecutor executor;
    private final Consumer<LabelSchema> openDisagreements;
    private final ObservableList<LabelSchema> schemaChoices = FXCollections.observableArrayList();
    private final ObjectProperty<LabelSchema> schema = new SimpleObjectProperty<>();
    private final ObservableList<AnnotatorRow> annotators = FXCollections.observableArrayList();
    private final ObservableList<LabelAgreement> perLabel = FXCollections.observableArrayList();
    private final ObservableList<PairRow> pairs = FXCollections.observableArrayList();
    private final ObjectProperty<Measured> measured = new SimpleObjectProperty<>();
    private final StringProperty alpha = new SimpleStringProperty("");
    private final StringProperty kappa = new SimpleStringProperty("");
    private final StringProperty units = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final IntegerProperty disagreements = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private long generation;

    /**
     * @param openDisagreements opens the labelling view on the schema's disagreements queue; null while the app
     *                          has no labelling view (the button then says so)
     */
    public AgreementViewModel(Project project, LabelSchemas schemas, TaskExecutor executor,
                              Consumer<LabelSchema> openDisagreements) {
        this.project = project;
        this.schemas = schemas;
        this.executor = executor;
        this.openDisagreements = openDisagreements;
        schema.addListener((obs, old, chosen) -> measure());
    }

    private record Listed(List<LabelSchema> all, LabelSchema firstLabelled) {}

    /** Lists the schemas and chooses the first one somebody has labelled (else the first). */
    public void load() {
        busy.set(true);
        BackgroundTask.of((progress, cancel) -> {
                    List<LabelSchema> all = schemas.all();
                    LabelSchema labelled = all.stream()
                            .filter(s -> !project.annotations().annotators(s.id()).isEmpty())
                            .findFirst().orElse(all.isEmpty() ? null : all.get(0));
                    return new Listed(all, labelled);
                })
                .onSuccess(listed -> {
                    schemaChoices.setAll(listed.all());
                    if (listed.firstLabelled() == null || listed.firstLabelled().equals(schema.get())) {
                        busy.set(false);
                    }
                    schema.set(listed.firstLabelled());
                })
                .onFailure(error -> {
                    busy.set(false);
                    message.set("Cannot list the label schemas: " + error.getMessage());
                })
                .start(executor);
    }

    private void measure() {
        LabelSchema chosen = schema.get();
        long wanted = ++generation;
        clear();
        if (chosen == null) {
            return;
        }
        busy.set(true);
        message.set("Measuring agreement\u2026");
        BackgroundTask.of((progress, cancel) -> measure(project, chosen))
                .onSuccess(result -> {
                    if (wanted == generation) {
                        show(result);
                    }
                })
                .onFailure(error -> {
                    if (wanted == generation) {
                        message.set("Cannot measure agreement: " + error.getMessage());
                    }
                })
                .onFinally(() -> {
                    if (wanted == generation) {
                        busy.set(false);
                    }
                })
                .start(executor);
    }

    /**
     * The figures of one schema from the project's standing annotations (adjudications left out); a verdict
     * schema's overall alpha is ordinal along its scale.
     */
    static Measured measure(Project project, LabelSchema schema) {
        List<String> names = project.annotations().annotators(schema.id());
        List<AnnotatorRow> counts = names.stream()
                .map(name -> new AnnotatorRow(name, project.annotations().countLabelledBy(schema.id(), name)))
                .toList();
        // A verdict scale is ranked: "false" is further from "true" than "mostly true" is.
        MeasurementLevel level = schema.kind() == SchemaKind.VERDICT ? MeasurementLevel.ORDINAL : MeasurementLevel.NOMINAL;
        AgreementReport report = new AgreementService(project).measure(schema, level);
        List<PairRow> pairs = new ArrayList<>();
        if (names.size() > 2) {
            List<CodedUnit> units = units(project.annotations().current(schema.id()));
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    Set<String> pair = Set.of(names.get(i), names.get(j));
                    AgreementReport two = SchemaAgreement.measure(only(units, pair), schema.labels(),
                            schema.multiLabel(), MeasurementLevel.NOMINAL);
                    pairs.add(new PairRow(names.get(i), names.get(j), two.pairableUnits(), two.kappa(),
                            Double.isNaN(two.kappa()) ? two.kappaNote() : ""));
                }
            }
        }
        int disagreements = project.annotations().disagreements(schema.id(), 0, Integer.MAX_VALUE).size();
        return new Measured(schema, counts, report, pairs, disagreements);
    }

    private static List<CodedUnit> units(List<Annotation> current) {
        Map<Long, Map<String, Set<String>>> byPost = new LinkedHashMap<>();
        for (Annotation annotation : current) {
            if (annotation.adjudication() || annotation.action() != AnnotationAction.LABEL) {
                continue;
            }
            byPost.computeIfAbsent(annotation.postId(), id -> new LinkedHashMap<>())
                    .put(annotation.annotator(), new LinkedHashSet<>(annotation.labels()));
        }
        List<CodedUnit> units = new ArrayList<>();
        byPost.forEach((post, coding) -> units.add(new CodedUnit(String.valueOf(post), coding)));
        return units;
    }

    private static List<CodedUnit> only(List<CodedUnit> units, Set<String> annotators) {
        List<CodedUnit> kept = new ArrayList<>();
        for (CodedUnit unit : units) {
            Map<String, Set<String>> coding = new LinkedHashMap<>(unit.labelsByAnnotator());
            coding.keySet().retainAll(annotators);
            if (!coding.isEmpty()) {
                kept.add(new CodedUnit(unit.unit(), coding));
            }
        }
        return kept;
    }

    private void clear() {
        measured.set(null);
        annotators.clear();
        perLabel.clear();
        pairs.clear();
        alpha.set("");
        kappa.set("");
        units.set("");
        disagreements.set(0);
    }

    private void show(Measured result) {
        AgreementReport report = result.report();
        measured.set(result);
        annotators.setAll(result.annotators());
        perLabel.setAll(report.perLabel());
        pairs.setAll(result.pairs());
        disagreements.set(result.disagreements());
        alpha.set(figure(report.alpha()) + "   " + report.alphaNote());
        kappa.set(figure(report.kappa()) + "   " + report.kappaNote());
        units.set(String.format("%,d post%s labelled \u00B7 %,d by two or more annotators (the posts agreement uses)"
                        + " \u00B7 %,d unresolved disagreement%s", report.units(), report.units() == 1 ? "" : "s",
                report.pairableUnits(), result.disagreements(), result.disagreements() == 1 ? "" : "s"));
        message.set(report.annotators().isEmpty() ? "Nobody has labelled posts with this schema yet."
                : report.annotators().size() == 1 ? "Only " + report.annotators().get(0)
                        + " has labelled with this schema: agreement needs a second annotator." : "");
    }

    /** A figure with three decimals, or "undefined" (the note says why). */
    public static String figure(double value) {
        return Double.isNaN(value) ? "undefined" : String.format(Locale.ROOT, "%.3f", value);
    }

    public boolean canAdjudicate() {
        return openDisagreements != null;
    }

    /** Opens the labelling view on the chosen schema's disagreements queue. */
    public void adjudicate() {
        if (openDisagreements != null && schema.get() != null && disagreements.get() > 0) {
            openDisagreements.accept(schema.get());
        }
    }

    public ObservableList<LabelSchema> schemas() {
        return schemaChoices;
    }

    public ObjectProperty<LabelSchema> schemaProperty() {
        return schema;
    }

    public ObservableList<AnnotatorRow> annotators() {
        return annotators;
    }

    public ObservableList<LabelAgreement> perLabel() {
        return perLabel;
    }

    /** Every pair's kappa when more than two annotators labelled; empty otherwise. */
    public ObservableList<PairRow> pairs() {
        return pairs;
    }

    public ObjectProperty<Measured> measuredProperty() {
        return measured;
    }

    /** The overall alpha and how it was formed, or why it is undefined. */
    public ReadOnlyStringProperty alphaProperty() {
        return alpha;
    }

    public ReadOnlyStringProperty kappaProperty() {
        return kappa;
    }

    public ReadOnlyStringProperty unitsProperty() {
        return units;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyIntegerProperty disagreementsProperty() {
        return disagreements;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
