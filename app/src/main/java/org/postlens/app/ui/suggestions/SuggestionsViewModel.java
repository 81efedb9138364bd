package org.postlens.app.ui.suggestions;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.postlens.app.annotate.LabelPropagation;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.LabelSuggestion;
import org.postlens.app.domain.Post;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.TaskExecutor;
import org.postlens.resources.TaskDefinitions;

/**
 * Annotate ▸ Review suggested labels: the pending suggestions of one schema, a page at a time, each with the post,
 * the label proposed, the labelled post it comes from and why; accepting one stores it as the annotator's label
 * (origin PROPAGATION), rejecting one drops it for good. Also makes suggestions: for one labelled post's
 * near-duplicates, or for every post with an agreed label in the schema, in the background.
 */
public final class SuggestionsViewModel {

    /** How many pending suggestions are listed at once; the next page is read when these are decided. */
    static final int PAGE = 200;

    /** A suggestion as the list shows it. */
    public record Row(LabelSuggestion suggestion, String postText, String sourceText) {

        public String labels() {
            return suggestion.labels().isEmpty() ? "none" : String.join(", ", suggestion.labels());
        }
    }

    private final Project project;
    private final TaskExecutor executor;
    private final String annotator;
    private final ObservableList<LabelSchema> schemas = FXCollections.observableArrayList();
    private final ObjectProperty<LabelSchema> schema = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final LongProperty pending = new SimpleLongProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private BackgroundTask<LabelPropagation.Outcome> running;

    /** @param annotator the name accepted labels are stored under */
    public SuggestionsViewModel(Project project, TaskExecutor executor, String annotator) {
        this.project = project;
        this.executor = executor;
        this.annotator = annotator;
        schema.addListener((obs, old, chosen) -> reload());
    }

    /** Lists the project's schemas and chooses the first with pending suggestions (else the verdict scale). */
    public void refresh() {
        List<LabelSchema> all = new LabelSchemas(project, TaskDefinitions.shipped()).all();
        schemas.setAll(all);
        LabelSchema current = schema.get();
        if (current != null && all.stream().anyMatch(s -> s.id() == current.id())) {
            reload();
            return;
        }
        schema.set(all.stream().filter(s -> project.labelSuggestions().countPending(s.id()) > 0).findFirst()
                .or(() -> all.stream().filter(s -> s.name().equals("verdict")).findFirst())
                .orElse(all.isEmpty() ? null : all.get(0)));
    }

    /** Reads the first page of pending suggestions of the chosen schema again. */
    public void reload() {
        LabelSchema chosen = schema.get();
        if (chosen == null) {
            rows.clear();
            pending.set(0);
            return;
        }
        List<Row> page = project.labelSuggestions().pending(chosen.id(), 0, PAGE).stream().map(this::row).toList();
        rows.setAll(page);
        pending.set(project.labelSuggestions().countPending(chosen.id()));
        selected.set(page.isEmpty() ? null : page.get(0));
    }

    /** Accepts the chosen suggestion as this annotator's label and moves to the next one. */
    public void accept() {
        decide(true);
    }

    /** Rejects the chosen suggestion (it is not proposed again) and moves to the next one. */
    public void reject() {
        decide(false);
    }

    private void decide(boolean accept) {
        Row row = selected.get();
        LabelSchema chosen = schema.get();
        if (row == null || chosen == null) {
            return;
        }
        long id = row.suggestion().id();
        try {
            if (accept) {
                project.labelSuggestions().accept(chosen, id, annotator);
            } else {
                project.labelSuggestions().reject(id, annotator);
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            message.set(e.getMessage());
            reload();
            return;
        }
        int index = rows.indexOf(row);
        rows.remove(row);
        pending.set(Math.max(0, pending.get() - 1));
        message.set((accept ? "Accepted: " : "Rejected: ") + row.labels() + " for \u201C" + shorten(row.postText()) + "\u201D");
        if (rows.isEmpty()) {
            reload();
        } else {
            selected.set(rows.get(Math.min(index, rows.size() - 1)));
        }
    }

    /**
     * Suggests one labelled post's agreed label in the chosen schema for its near-duplicates, in the background; the
     * labelling view may call it for the post it shows.
     */
    public void suggestForNearDuplicates(LabelSchema inSchema, long postId) {
        run(inSchema, (listener, cancel) -> new LabelPropagation(project).suggestFor(inSchema, postId, annotator));
    }

    /** Suggests every agreed label of the chosen schema for the labelled posts' near-duplicates, in the background. */
    public void suggestFromAllLabelled() {
        LabelSchema chosen = schema.get();
        if (chosen != null) {
            run(chosen, (listener, cancel) -> new LabelPropagation(project).suggestAll(chosen, annotator, listener, cancel));
        }
    }

    private void run(LabelSchema inSchema, BackgroundTask.Work<LabelPropagation.Outcome> work) {
        if (running != null) {
            running.cancel();
        }
        busy.set(true);
        progress.set(-1);
        message.set("Finding near-duplicates\u2026");
        BackgroundTask<LabelPropagation.Outcome> task = BackgroundTask.of(work);
        running = task;
        task.onProgress(update -> progress.set(update.total() > 0 ? update.fraction() : -1))
                .onSuccess(outcome -> {
                    String made = String.format("%,d new suggestion%s from %,d labelled post%s.",
                            outcome.created().size(), outcome.created().size() == 1 ? "" : "s",
                            outcome.sourcePosts(), outcome.sourcePosts() == 1 ? "" : "s");
                    message.set(outcome.notice().isEmpty() ? made : made + " " + outcome.notice());
                    if (schema.get() != null && schema.get().id() == inSchema.id()) {
                        reload();
                    } else {
                        schema.set(inSchema);
                    }
                })
                .onFailure(error -> message.set(error instanceof IllegalArgumentException
                        ? capitalised(error.getMessage()) + "." : "Cannot make suggestions: " + error.getMessage()))
                .onCancelled(() -> message.set("Stopped: no suggestions were stored."))
                .onFinally(() -> {
                    if (running == task) {
                        running = null;
                        busy.set(false);
                        progress.set(0);
                    }
                })
                .start(executor);
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private Row row(LabelSuggestion suggestion) {
        return new Row(suggestion, text(suggestion.postId()), text(suggestion.sourcePostId()));
    }

    private String text(long postId) {
        Optional<Post> post = project.posts().find(postId);
        return post.map(p -> p.text() == null || p.text().isBlank() ? "(no text: post " + p.sourceId() + ")" : p.text())
                .orElse("");
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 60 ? line : line.substring(0, 59) + "\u2026";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public String annotator() {
        return annotator;
    }

    public ObservableList<LabelSchema> schemas() {
        return schemas;
    }

    public ObjectProperty<LabelSchema> schemaProperty() {
        return schema;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** Pending suggestions of the chosen schema, listed or not. */
    public ReadOnlyLongProperty pendingProperty() {
        return pending;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** 0 to 1 while suggesting, -1 when the total is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }
}
