package org.postlens.app.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.annotate.LabellingItem;
import org.postlens.app.annotate.LabellingItems;
import org.postlens.app.annotate.LabellingQueue;
import org.postlens.app.annotate.LabellingQueues;
import org.postlens.app.annotate.LabellingSession;
import org.postlens.app.annotate.PostQueryJson;
import org.postlens.app.annotate.QueueKind;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.ImportStatus;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.domain.NewPrediction;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.Progress;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.ImportBatch;
import org.postlens.app.store.Project;
import org.postlens.resources.TaskDefinitions;

/**
 * The navigation half of {@code postlens bench label}: on a project of N synthetic posts (written through the
 * store's batch path), with a completed sentiment run over every post and two annotators' labels on a sample of
 * them, what one key press in the labelling view costs for each queue: the queue's step to the next post plus
 * loading that post with its images, the schema's prediction and its annotations; and the same with a label
 * written first (the key press that labels and moves on), as the view does them, on one thread.
 */
public final class LabelBenchNavigation {

    public static final double TARGET_MS = 50;
    private static final int BATCH = 10_000;
    private static final String SCHEMA = "sentiment";
    private static final List<String> LABELS = List.of("negative", "neutral", "positive");

    private LabelBenchNavigation() {
    }

    /**
     * @param posts how many posts the project holds
     * @param steps key presses timed per queue: half moving on only, half labelling and moving on
     * @return the figures, in the order the JSON line prints them
     */
    public static Map<String, Object> measure(Path workDir, long posts, int steps, ProgressListener progress,
                                              CancellationToken cancel) throws Exception {
        Path file = workDir.resolve("label-bench.postlens");
        Files.deleteIfExists(file);
        long start = System.nanoTime();
        try (Project project = Project.create(file)) {
            writePosts(project, posts, progress, cancel);
            LabelSchema schema = new LabelSchemas(project, TaskDefinitions.shipped()).require(SCHEMA);
            writePredictions(project, progress, cancel);
            writeAnnotations(project, schema, posts);
            project.savedFilters().save("arabic, newest first",
                    PostQueryJson.write(PostQuery.all().withLang("ar").sortedBy(PostQuery.Sort.DATE, true)));
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("posts", posts);
        figures.put("build_s", round(buildSeconds));
        figures.put("target_ms", TARGET_MS);
        Map<String, Object> queues = new LinkedHashMap<>();
        double worstP95 = 0;
        double worstMedian = 0;
        try (Project project = Project.open(file)) {
            LabelSchema schema = new LabelSchemas(project, TaskDefinitions.shipped()).require(SCHEMA);
            for (QueueKind kind : QueueKind.values()) {
                cancel.throwIfCancelled();
                progress.progress(new Progress("timing the " + kind.title() + " queue", kind.ordinal(),
                        QueueKind.values().length, 0, null));
                Map<String, Object> queue = measureQueue(project, schema, kind, steps);
                worstP95 = Math.max(worstP95, Math.max((double) queue.get("step_p95_ms"), (double) queue.get("label_step_p95_ms")));
                worstMedian = Math.max(worstMedian, Math.max((double) queue.get("step_median_ms"),
                        (double) queue.get("label_step_median_ms")));
                queues.put(kind.name().toLowerCase(java.util.Locale.ROOT), queue);
            }
        }
        figures.put("navigation", queues);
        figures.put("worst_median_ms", round(worstMedian));
        figures.put("worst_p95_ms", round(worstP95));
        figures.put("ratio_to_target", round(worstP95 / TARGET_MS));
        figures.put("project_mb", Math.round(Files.size(file) / 1e5) / 10.0);
        return figures;
    }

    private static Map<String, Object> measureQueue(Project project, LabelSchema schema, QueueKind kind, int steps) {
        String annotator = kind == QueueKind.DISAGREEMENTS ? "cleo" : "bench-" + kind.name().toLowerCase(java.util.Locale.ROOT);
        LabellingQueues queues = new LabellingQueues(project);
        long start = System.nanoTime();
        LabellingQueue queue = queues.open(kind, schema, annotator, new LabellingQueues.Options("arabic, newest first", 7));
        LabellingSession session = new LabellingSession(project, schema, annotator, queue, Clock.systemUTC());
        LabellingItems items = new LabellingItems(project, schema);
        show(session, items, session.next());
        double openMillis = (System.nanoTime() - start) / 1e6;
        List<Double> moves = new ArrayList<>();
        List<Double> labelMoves = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < steps && session.current().isPresent(); i++) {
            boolean label = i >= steps / 2;
            long t0 = System.nanoTime();
            if (label) {
                session.label(List.of(LABELS.get(random.nextInt(LABELS.size()))), "", List.of());
                show(session, items, session.next());
            } else {
                show(session, items, session.skip());
            }
            (label ? labelMoves : moves).add((System.nanoTime() - t0) / 1e6);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("open_ms", round(openMillis));
        figures.put("steps", moves.size() + labelMoves.size());
        figures.put("step_median_ms", percentile(moves, 0.5));
        figures.put("step_p95_ms", percentile(moves, 0.95));
        figures.put("label_step_median_ms", percentile(labelMoves, 0.5));
        figures.put("label_step_p95_ms", percentile(labelMoves, 0.95));
        return figures;
    }

    /** What the view does once the session has moved: load the post shown and count the annotator's labels. */
    private static void show(LabellingSession session, LabellingItems items, OptionalLong postId) {
        if (postId.isPresent()) {
            LabellingItem item = items.load(postId.getAsLong()).orElseThrow();
            if (item.post().id() != postId.getAsLong()) {
                throw new IllegalStateException("loaded the wrong post");
            }
        }
        session.labelledByAnnotator();
    }

    private static void writePosts(Project project, long posts, ProgressListener progress, CancellationToken cancel) {
        ImportSource source = project.imports().begin("synthetic", "synthetic-" + posts + ".csv",
                "bench-label-" + posts + "-" + System.nanoTime(), "CSV", null);
        SyntheticPosts generator = new SyntheticPosts(3, posts);
        List<ImportBatch.NewPost> batch = new ArrayList<>(BATCH);
        long start = System.nanoTime();
        for (long record = 1; record <= posts; record++) {
            SyntheticPosts.Post post = generator.next();
            batch.add(new ImportBatch.NewPost(new PostDraft("", post.id(), post.text(), post.createdAt(), post.author(),
                    post.url(), post.likes(), post.shares(), post.replies(), post.views(), post.lang(), List.of(),
                    "{}", record, record + 1), List.of()));
            if (batch.size() == BATCH || record == posts) {
                cancel.throwIfCancelled();
                project.imports().write(new ImportBatch(source.id(), batch, List.of(), record));
                batch.clear();
                double seconds = (System.nanoTime() - start) / 1e9;
                progress.progress(new Progress("writing posts", record, posts, record / Math.max(seconds, 1e-9),
                        Duration.ofSeconds((long) ((posts - record) * seconds / record))));
            }
        }
        project.imports().finish(source.id(), ImportStatus.COMPLETE);
    }

    /** A completed sentiment run over every post, scores spread evenly so that "most uncertain" has an order. */
    private static void writePredictions(Project project, ProgressListener progress, CancellationToken cancel) {
        Run run = project.runs().start(new NewRun("analyze", "bench-sentiment", "1", "synthetic", "cpu",
                "{}", SCHEMA));
        long maxId = project.posts().maxId();
        SplittableRandom random = new SplittableRandom(5);
        List<NewPrediction> batch = new ArrayList<>(BATCH);
        for (long id = 1; id <= maxId; id++) {
            double top = 0.34 + random.nextDouble() * 0.66;
            int label = random.nextInt(3);
            Map<String, Double> scores = new LinkedHashMap<>();
            for (int i = 0; i < LABELS.size(); i++) {
                scores.put(LABELS.get(i), i == label ? top : (1 - top) / 2);
            }
            batch.add(new NewPrediction(run.id(), id, LABELS.get(label), top, scores));
            if (batch.size() == BATCH || id == maxId) {
                cancel.throwIfCancelled();
                project.predictions().write(batch);
                batch.clear();
                progress.progress(new Progress("writing predictions", id, maxId, 0, null));
            }
        }
        project.runs().finish(run.id(), RunStatus.COMPLETE);
    }

    /** Two annotators on every 500th post (at most 2,000 each), disagreeing on a third: the adjudication queue. */
    private static void writeAnnotations(Project project, LabelSchema schema, long posts) {
        long every = Math.max(1, posts / 2_000);
        for (long id = 1; id <= posts; id += every) {
            String first = LABELS.get((int) (id % 3));
            String second = id % 3 == 0 ? LABELS.get((int) ((id + 1) % 3)) : first;
            project.annotations().add(schema, NewAnnotation.of(id, schema.id(), "ana", List.of(first)));
            project.annotations().add(schema, NewAnnotation.of(id, schema.id(), "ben", List.of(second)));
        }
    }

    static double percentile(List<Double> values, double fraction) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(fraction * sorted.size()) - 1;
        return round(sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
