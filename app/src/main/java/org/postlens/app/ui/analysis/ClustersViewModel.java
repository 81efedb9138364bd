package org.postlens.app.ui.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.postlens.app.domain.Post;
import org.postlens.app.embed.DuplicateCluster;
import org.postlens.app.embed.MissingEmbeddingsException;
import org.postlens.app.embed.NearDuplicateClusters;
import org.postlens.app.embed.ProjectVectors;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.TaskExecutor;

/**
 * Near-duplicate clusters of one project (copy-paste campaigns, reposts): recomputed off the FX thread when the
 * threshold changes or after an embed run; a newer computation cancels the one in flight.
 */
public final class ClustersViewModel {

    public static final double MIN_THRESHOLD = 0.5;

    private final Project project;
    private final TaskExecutor executor;
    private final DoubleProperty threshold = new SimpleDoubleProperty(NearDuplicateClusters.DEFAULT_THRESHOLD);
    private final ObservableList<DuplicateCluster> clusters = FXCollections.observableArrayList();
    private final ObjectProperty<DuplicateCluster> selected = new SimpleObjectProperty<>();
    private final ObservableList<Post> members = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private BackgroundTask<List<DuplicateCluster>> running;
    private long generation;
    private boolean computed;

    public ClustersViewModel(Project project, TaskExecutor executor) {
        this.project = project;
        this.executor = executor;
        threshold.addListener((obs, old, value) -> recompute());
        selected.addListener((obs, old, cluster) -> {
            if (cluster == null) {
                members.clear();
            } else {
                members.setAll(cluster.members());
            }
        });
    }

    /** Computes the clusters unless they are already computed for the current vectors. */
    public void showing() {
        if (!computed) {
            recompute();
        }
    }

    /** The vectors changed: recompute now if the clusters were shown, else when they are next shown. */
    public void vectorsChanged(boolean shown) {
        computed = false;
        if (shown) {
            recompute();
        }
    }

    public void recompute() {
        if (running != null) {
            running.cancel();
        }
        long wanted = ++generation;
        double at = threshold.get();
        computed = true;
        busy.set(true);
        message.set("Finding clusters\u2026");
        summary.set("");
        BackgroundTask<List<DuplicateCluster>> task = BackgroundTask.of((progress, cancellation) ->
                new NearDuplicateClusters(project).find(ProjectVectors.latestModel(project), at, 2, cancellation));
        running = task;
        task.onSuccess(found -> {
                    if (wanted != generation) {
                        return;
                    }
                    DuplicateCluster before = selected.get();
                    selected.set(null);
                    clusters.setAll(found);
                    // The cluster of the same first post stays chosen across thresholds; else the largest.
                    selected.set(found.stream()
                            .filter(c -> before != null && c.firstSeen().id() == before.firstSeen().id())
                            .findFirst().orElse(found.isEmpty() ? null : found.get(0)));
                    long posts = found.stream().mapToLong(DuplicateCluster::size).sum();
                    summary.set(found.isEmpty() ? "" : String.format("%,d cluster%s \u00B7 %,d posts", found.size(),
                            found.size() == 1 ? "" : "s", posts));
                    message.set(found.isEmpty() ? String.format(
                            "No two posts are at least %.2f similar. Lower the threshold to see looser groups.", at) : "");
                })
                .onFailure(error -> {
                    if (wanted != generation) {
                        return;
                    }
                    clusters.clear();
                    selected.set(null);
                    computed = false;
                    message.set(error instanceof MissingEmbeddingsException ? EmbeddingsViewModel.NO_VECTORS
                            : "Cannot find clusters: " + EmbeddingsViewModel.message(error));
                })
                .onFinally(() -> {
                    if (wanted == generation) {
                        busy.set(false);
                        running = null;
                    }
                })
                .start(executor);
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** "3 h 20 min", "2 d 4 h", "same minute", or "—" when the posts have no dates. */
    public static String span(DuplicateCluster cluster) {
        Instant first = cluster.firstTime();
        Instant last = cluster.lastTime();
        if (first == null || last == null) {
            return "\u2014";
        }
        Duration span = Duration.between(first, last);
        if (span.toMinutes() < 1) {
            return "same minute";
        }
        if (span.toHours() < 1) {
            return span.toMinutes() + " min";
        }
        if (span.toDays() < 1) {
            return span.toHours() + " h " + span.toMinutesPart() + " min";
        }
        return span.toDays() + " d " + span.toHoursPart() + " h";
    }

    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public ObservableList<DuplicateCluster> clusters() {
        return clusters;
    }

    public ObjectProperty<DuplicateCluster> selectedProperty() {
        return selected;
    }

    /** The posts of the selected cluster, first seen first. */
    public ObservableList<Post> members() {
        return members;
    }

    /** Why there are no clusters (or "Finding clusters…"); empty while clusters are shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
