package org.postlens.app.ui.analysis;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.postlens.app.domain.Post;
import org.postlens.app.embed.EmbedJob;
import org.postlens.app.embed.EmbedReport;
import org.postlens.app.embed.EncoderUnavailableException;
import org.postlens.app.embed.MissingEmbeddingsException;
import org.postlens.app.embed.ProjectVectors;
import org.postlens.app.embed.SimilarPost;
import org.postlens.app.embed.SimilarPosts;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.JobsViewModel;
import org.postlens.app.ui.jobs.TaskExecutor;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.TextEncoder;

/**
 * Text embeddings of one open project: the embed job (Analyse ▸ Embed posts) and "posts like this", for a post
 * or for a text the user types. Keeps one loaded vector index per project (a million vectors take about a second
 * to load) and drops it after each embed run so that the next search sees the new vectors.
 */
public final class EmbeddingsViewModel {

    public static final String NO_VECTORS = "Embed the posts first (Analyse \u25B8 Embed posts).";
    public static final int LIMIT = 50;

    private final Project project;
    private final TaskExecutor executor;
    private final JobsViewModel jobs;
    private final EncoderSession encoders;
    private final Consumer<String> errors;
    private final ObservableList<SimilarPost> results = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final LongProperty embedRuns = new SimpleLongProperty(0);
    private final StringProperty query = new SimpleStringProperty("");
    private SimilarPosts similar;
    private long generation;

    public EmbeddingsViewModel(Project project, TaskExecutor executor, JobsViewModel jobs, EncoderSession encoders,
                               Consumer<String> errors) {
        this.project = project;
        this.executor = executor;
        this.jobs = jobs;
        this.encoders = encoders;
        this.errors = errors;
    }

    /** Embeds every post with text that has no vector yet, as a job in the status bar. */
    public void embed() {
        if (jobs.isRunning()) {
            errors.accept("Another job is running; wait for it to finish or cancel it.");
            return;
        }
        DevicePreference device = encoders.deviceProperty().get();
        BackgroundTask<Outcome> task = BackgroundTask.of((progress, cancellation) -> {
            TextEncoder encoder = encoders.encoder(device);
            cancellation.throwIfCancelled();
            EmbedReport report = new EmbedJob(project, encoder, EmbedJob.DEFAULT_BATCH_SIZE).run(progress, cancellation);
            return new Outcome(report, encoder.model());
        });
        jobs.track("Embedding posts", "posts", task);
        task.onProgress(jobs::progress)
                .onSuccess(outcome -> {
                    vectorsChanged();
                    jobs.notice(summary(outcome.report(), outcome.model()));
                })
                .onCancelled(() -> {
                    vectorsChanged();
                    jobs.notice("Embedding cancelled: the posts embedded so far are kept; run it again to finish.");
                })
                .onFailure(error -> {
                    vectorsChanged();
                    errors.accept(error instanceof EncoderUnavailableException ? error.getMessage()
                            : "Cannot embed the posts: " + message(error));
                })
                .onFinally(jobs::finished)
                .start(executor);
    }

    private record Outcome(EmbedReport report, ModelInfo model) {}

    /** What the status bar says after a run: how many posts, and which model on which device. */
    public static String summary(EmbedReport report, ModelInfo model) {
        String with = model.id() + " on " + model.device();
        String skipped = report.skipped() == 0 ? "" : " \u00B7 " + report.skippedExplanation();
        if (report.run() == null) {
            return String.format("All %,d posts with text are embedded \u00B7 %s", report.alreadyEmbedded(), with)
                    + skipped;
        }
        return String.format("Embedded %,d posts \u00B7 %s", report.embedded(), with)
                + (report.alreadyEmbedded() > 0 ? String.format(" (%,d were already embedded)", report.alreadyEmbedded()) : "")
                + skipped;
    }

    /** The posts most like a stored post, best first. */
    public void likePost(long postId) {
        long wanted = begin();
        BackgroundTask.of((progress, cancellation) -> {
                    Post post = project.posts().find(postId).orElseThrow(() -> new IllegalArgumentException("no post " + postId));
                    String model = ProjectVectors.latestModel(project);
                    Optional<List<SimilarPost>> found = similar(model).likePost(postId, LIMIT);
                    return new Found("Posts like " + describe(post), found.orElse(null));
                })
                .onSuccess(found -> {
                    if (wanted != generation) {
                        return;
                    }
                    heading.set(found.heading());
                    if (found.posts() == null) {
                        results.clear();
                        message.set("This post has no vector: it has no text, it is not in English (the only language"
                                + " the shipped encoder reads), or it was imported after the last embedding run."
                                + " Run Analyse \u25B8 Embed posts to embed what is missing.");
                    } else {
                        show(found.posts());
                    }
                })
                .onFailure(error -> failed(wanted, error))
                .onFinally(() -> end(wanted))
                .start(executor);
    }

    /** The posts closest in meaning to {@code text}, encoded with the app's encoder. */
    public void likeText(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        query.set(text);
        long wanted = begin();
        DevicePreference device = encoders.deviceProperty().get();
        String shown = text.strip();
        BackgroundTask.of((progress, cancellation) -> {
                    ProjectVectors.latestModel(project);
                    TextEncoder encoder = encoders.encoder(device);
                    return new Found("Posts that say \u201C" + shorten(shown, 80) + "\u201D",
                            similar(encoder.model().id()).likeText(encoder, shown, LIMIT));
                })
                .onSuccess(found -> {
                    if (wanted == generation) {
                        heading.set(found.heading());
                        show(found.posts());
                    }
                })
                .onFailure(error -> {
                    failed(wanted, error);
                    if (error instanceof EncoderUnavailableException) {
                        errors.accept(error.getMessage());
                    }
                })
                .onFinally(() -> end(wanted))
                .start(executor);
    }

    private record Found(String heading, List<SimilarPost> posts) {}

    private long begin() {
        long wanted = ++generation;
        busy.set(true);
        message.set("Searching\u2026");
        return wanted;
    }

    private void end(long wanted) {
        if (wanted == generation) {
            busy.set(false);
        }
    }

    private void show(List<SimilarPost> posts) {
        results.setAll(posts);
        message.set(posts.isEmpty() ? "No other post has a vector yet." : "");
    }

    private void failed(long wanted, Exception error) {
        if (wanted != generation) {
            return;
        }
        results.clear();
        if (error instanceof MissingEmbeddingsException) {
            message.set(NO_VECTORS);
        } else if (error instanceof EncoderUnavailableException) {
            message.set("The text encoder could not be opened.");
        } else {
            message.set("Cannot search: " + message(error));
        }
    }

    /** One loaded index per project and model, shared by the searches; loading it happens on a worker thread. */
    private synchronized SimilarPosts similar(String modelId) {
        if (similar == null || !similar.modelId().equals(modelId)) {
            similar = new SimilarPosts(project, modelId);
        }
        return similar;
    }

    private void vectorsChanged() {
        synchronized (this) {
            similar = null;
        }
        embedRuns.set(embedRuns.get() + 1);
    }

    static String describe(Post post) {
        String who = post.author() == null ? "post " + post.sourceId() : "@" + post.author();
        String text = post.text() == null || post.text().isBlank() ? "(no text)" : "\u201C" + shorten(post.text(), 60) + "\u201D";
        return who + ": " + text;
    }

    static String shorten(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1).strip() + "\u2026";
    }

    static String message(Exception error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    public ObservableList<SimilarPost> results() {
        return results;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    /** Why the list is empty (or "Searching…"); empty while it shows results. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The last text searched for. */
    public StringProperty queryProperty() {
        return query;
    }

    /** Counts embed runs that ended (finished, cancelled or failed): views of the vectors recompute when it changes. */
    public ReadOnlyLongProperty embedRunsProperty() {
        return embedRuns;
    }

    public EncoderSession encoders() {
        return encoders;
    }
}
