package org.postlens.app.ui.label;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.annotate.LabellingItem;
import org.postlens.app.annotate.LabellingItems;
import org.postlens.app.annotate.LabellingQueue;
import org.postlens.app.annotate.LabellingQueues;
import org.postlens.app.annotate.LabellingSession;
import org.postlens.app.annotate.QueueKind;
import org.postlens.app.domain.Annotation;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.settings.AppSettings;
import org.postlens.app.store.Project;
import org.postlens.app.store.SqliteSavedFilterRepository.SavedFilter;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.TaskExecutor;

/**
 * The labelling view's state and actions: the schema, queue and annotator chosen, the post shown with its labels,
 * and what each key does. Opening a queue runs in the background (the "most uncertain" one reads a whole run);
 * a step to the next post is a few primary-key reads (see {@code postlens bench label}) and runs on the calling
 * thread, so that a key press always acts on the post that is on screen.
 */
public final class LabellingViewModel {

    private final Project project;
    private final LabelSchemas schemas;
    private final LabellingQueues queues;
    private final AppSettings settings;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObservableList<LabelSchema> schemaChoices = FXCollections.observableArrayList();
    private final ObjectProperty<LabelSchema> schema = new SimpleObjectProperty<>();
    private final ObjectProperty<QueueKind> queueKind = new SimpleObjectProperty<>(QueueKind.UNLABELLED);
    private final ObservableList<String> savedFilters = FXCollections.observableArrayList();
    private final StringProperty savedFilter = new SimpleStringProperty();
    private final ReadOnlyStringWrapper annotator = new ReadOnlyStringWrapper("");
    private final BooleanProperty blind = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<LabellingItem> item = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);

    private LabellingSession session;
    private LabellingItems items;
    private long totalPosts;
    private List<String> pendingTags = List.of();
    /** Counts the queues opened, so that an open superseded by a newer choice drops its result. */
    private long opened;
    /** Set by the first {@link #start()}: from then on, a change of schema, queue or saved filter starts again. */
    private boolean active;

    public LabellingViewModel(Project project, LabelSchemas schemas, AppSettings settings, TaskExecutor executor,
                              Clock clock) {
        this.project = project;
        this.schemas = schemas;
        this.queues = new LabellingQueues(project);
        this.settings = settings;
        this.executor = executor;
        this.clock = clock;
        annotator.set(settings.annotator());
        schema.addListener((obs, old, now) -> {
            if (now != null) {
                blind.set(blindByDefault(now));
            }
            restartIfActive();
        });
        queueKind.addListener((obs, old, now) -> restartIfActive());
        savedFilter.addListener((obs, old, now) -> {
            if (queueKind.get() == QueueKind.SAVED_FILTER) {
                restartIfActive();
            }
        });
    }

    /**
     * Blind labelling is on by default for the user's own schemas and the verdict scale: the models that answer
     * them are trained on these very labels (active learning), and showing their guesses would anchor the labels
     * they learn from. For a task's shipped schema, checking the shipped model's prediction is the point.
     */
    public static boolean blindByDefault(LabelSchema schema) {
        return !schema.shipped() || schema.task() == null;
    }

    /** Reads the schemas and saved filters; chooses the first schema when none is chosen. */
    public void refresh() {
        schemaChoices.setAll(schemas.all());
        savedFilters.setAll(project.savedFilters().all().stream().map(SavedFilter::name).toList());
        if (schema.get() == null || schemaChoices.stream().noneMatch(s -> s.id() == schema.get().id())) {
            schemaChoices.stream().filter(s -> s.name().equals(org.postlens.app.annotate.ShippedSchemas.VERDICT))
                    .findFirst().or(() -> schemaChoices.stream().findFirst()).ifPresent(schema::set);
        }
        if (savedFilter.get() == null && !savedFilters.isEmpty()) {
            savedFilter.set(savedFilters.get(0));
        }
        totalPosts = project.posts().count(PostQuery.all());
    }

    /** Whether the annotator's name is still to be asked. */
    public boolean needsAnnotator() {
        return annotator.get().isBlank();
    }

    /** Sets (and remembers in the settings) the name labels are given under, and starts again under it. */
    public void setAnnotator(String name) {
        if (name == null || name.isBlank()) {
            message.set("Labels need your name: give one to start.");
            return;
        }
        annotator.set(name.strip());
        try {
            settings.setAnnotator(name.strip());
        } catch (IOException e) {
            message.set("Your name holds for this session, but could not be saved in " + settings.file() + ": "
                    + e.getMessage());
        }
        start();
    }

    private void restartIfActive() {
        if (active) {
            start();
        }
    }

    /**
     * Opens the chosen queue for the chosen schema and shows its first post. Runs in the background; label keys
     * do nothing until it is open.
     */
    public void start() {
        LabelSchema chosenSchema = schema.get();
        QueueKind kind = queueKind.get();
        if (chosenSchema == null || kind == null) {
            return;
        }
        if (needsAnnotator()) {
            message.set("Give your name to start labelling.");
            return;
        }
        active = true;
        long generation = ++opened;
        session = null;
        showItem(null);
        finished.set(false);
        opening.set(true);
        message.set("Opening the queue \u2026");
        String name = annotator.get();
        LabellingQueues.Options options = new LabellingQueues.Options(savedFilter.get(), LabellingQueues.DEFAULT_SEED);
        BackgroundTask<LabellingQueue> task = BackgroundTask.of((progressListener, cancellation) ->
                queues.open(kind, chosenSchema, name, options));
        task.onSuccess(queue -> {
                    if (generation != opened) {
                        return;
                    }
                    session = new LabellingSession(project, chosenSchema, name, queue, clock);
                    items = new LabellingItems(project, chosenSchema);
                    opening.set(false);
                    message.set(kind == QueueKind.DISAGREEMENTS
                            ? "Adjudicating: the label you give is the final word, kept beside the annotators' own." : "");
                    show(session.next());
                })
                .onFailure(error -> {
                    if (generation != opened) {
                        return;
                    }
                    opening.set(false);
                    message.set(error.getMessage() == null ? error.toString() : error.getMessage());
                    updateProgress();
                })
                .start(executor);
    }

    /**
     * A typed key: picks the label shown beside it. A single-label or verdict schema stores it and moves on; a
     * multi-label one toggles it (Enter stores the labels ticked).
     *
     * @return whether the key was a label key
     */
    public boolean typed(String key) {
        LabelSchema current = activeSchema();
        if (current == null || item.get() == null) {
            return false;
        }
        int index = LabelKeys.indexOf(key, current.labels().size());
        if (index < 0) {
            return false;
        }
        String label = current.labels().get(index);
        if (current.multiLabel()) {
            if (chosen.contains(label)) {
                chosen.remove(label);
            } else {
                chosen.add(label);
            }
            chosen.setAll(current.canonical(new ArrayList<>(chosen)));
        } else if (give(List.of(label))) {
            next();
        }
        return true;
    }

    /** Enter: stores the ticked labels of a multi-label schema (none is an answer too) and moves on. */
    public void confirm() {
        LabelSchema current = activeSchema();
        if (current == null || item.get() == null) {
            return;
        }
        if (current.multiLabel()) {
            if (give(List.copyOf(chosen))) {
                next();
            }
        } else if (!chosen.isEmpty()) {
            next();
        }
    }

    /** Stores the labels on the post shown; false (with the reason in the message line) when they were not stored. */
    private boolean give(List<String> labels) {
        try {
            List<String> ordered = activeSchema().canonical(labels);
            Optional<Annotation> standing = standing();
            if (standing.isPresent() && standing.get().labels().equals(ordered)
                    && standing.get().note().equals(note.get()) && standing.get().tags().equals(pendingTags)) {
                return true;
            }
            Annotation stored = session.label(ordered, note.get(), pendingTags);
            message.set("Saved: " + (stored.labels().isEmpty() ? "no label" : String.join(", ", stored.labels())));
            return true;
        } catch (RuntimeException e) {
            message.set("Not saved: " + e.getMessage());
            return false;
        }
    }

    /** The note (and tags) for the post shown; stored at once when the post already has the annotator's labels. */
    public void setNote(String text, List<String> tags) {
        if (item.get() == null) {
            return;
        }
        note.set(text == null ? "" : text.strip());
        pendingTags = tags == null ? List.of() : List.copyOf(tags);
        Optional<Annotation> standing = standing();
        if (standing.isPresent()) {
            give(standing.get().labels());
            reload();
        }
    }

    public void next() {
        if (session != null) {
            show(session.next());
        }
    }

    public void previous() {
        if (session != null) {
            show(session.previous());
        }
    }

    public void skip() {
        if (session != null) {
            show(session.skip());
        }
    }

    /** Takes back the last label given in this session and shows its post again. */
    public void undo() {
        if (session == null) {
            return;
        }
        OptionalLong undone = session.undo();
        if (undone.isEmpty()) {
            message.set("Nothing to undo in this session.");
            return;
        }
        show(undone);
        message.set("Undone: the label given before stands again (see the history).");
    }

    private void reload() {
        if (session != null) {
            show(session.current());
        }
    }

    private void show(OptionalLong postId) {
        LabellingItem loaded = postId.isPresent() ? items.load(postId.getAsLong()).orElse(null) : null;
        showItem(loaded);
        finished.set(session != null && loaded == null);
        if (finished.get()) {
            message.set("This queue has no more posts for you. Choose another queue or schema.");
        }
        updateProgress();
    }

    private void showItem(LabellingItem loaded) {
        item.set(loaded);
        Optional<Annotation> standing = standing();
        chosen.setAll(standing.map(Annotation::labels).orElse(List.of()));
        note.set(standing.map(Annotation::note).orElse(""));
        pendingTags = standing.map(Annotation::tags).orElse(List.of());
    }

    private Optional<Annotation> standing() {
        LabellingItem shown = item.get();
        if (shown == null || session == null) {
            return Optional.empty();
        }
        return shown.standing(session.annotator(), session.adjudicating());
    }

    private void updateProgress() {
        if (session == null) {
            progress.set("");
            return;
        }
        long labelled = session.labelledByAnnotator();
        progress.set(String.format("%,d labelled by %s \u00B7 %,d left \u00B7 %d this session \u00B7 %.1f per minute",
                labelled, session.annotator(), Math.max(0, totalPosts - labelled), session.throughput().labels(),
                session.throughput().perMinute()));
    }

    private LabelSchema activeSchema() {
        return session == null ? null : session.schema();
    }

    /** The model's prediction for the post shown, unless blind labelling hides it. */
    public Optional<StoredPrediction> visiblePrediction() {
        LabellingItem shown = item.get();
        return shown == null || blind.get() ? Optional.empty() : shown.prediction();
    }

    /** The labels the annotator has ticked or given on the post shown. */
    public ObservableList<String> chosenLabels() {
        return chosen;
    }

    public ObservableList<LabelSchema> schemaChoices() {
        return schemaChoices;
    }

    public ObjectProperty<LabelSchema> schemaProperty() {
        return schema;
    }

    public ObjectProperty<QueueKind> queueKindProperty() {
        return queueKind;
    }

    public List<QueueKind> queueKinds() {
        return Arrays.asList(QueueKind.values());
    }

    public ObservableList<String> savedFilters() {
        return savedFilters;
    }

    public StringProperty savedFilterProperty() {
        return savedFilter;
    }

    public ReadOnlyStringProperty annotatorProperty() {
        return annotator.getReadOnlyProperty();
    }

    public BooleanProperty blindProperty() {
        return blind;
    }

    public ReadOnlyObjectProperty<LabellingItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** The session's schema while one is open (the label keys follow it), else the one chosen. */
    public LabelSchema shownSchema() {
        LabelSchema active = activeSchema();
        return active != null ? active : schema.get();
    }

    public boolean adjudicating() {
        return session != null && session.adjudicating();
    }

    public Project project() {
        return project;
    }
}
