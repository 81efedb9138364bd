package org.postlens.app.cli.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.postlens.app.domain.PostText;
import org.postlens.app.embed.EmbedJob;
import org.postlens.app.embed.EmbedReport;
import org.postlens.app.embed.LanguageRoute;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.jobs.ProgressMeter;
import org.postlens.app.service.ImportReport;
import org.postlens.app.service.ImportRequest;
import org.postlens.app.service.ImportService;
import org.postlens.app.store.Project;
import org.postlens.app.store.ProjectFileException;
import org.postlens.runtime.TextEncoder;

/**
 * Embeds the same synthetic posts three ways in one process: the full Postlens path ({@link EmbedJob}: read
 * pages of posts from the project, tokenize, infer, quantize, store in one transaction per page), the same
 * encoder with nothing around it (same model, same pages of texts, nothing read or stored), and langchain4j's
 * own {@code AllMiniLmL6V2EmbeddingModel.embedAll} (the same ONNX file, run by its own ONNX Runtime code).
 * Each path is warmed up before it is timed; then the paths take turns on equal slices of the posts (rounds in
 * rotated order) so that a busy machine slows all three alike.
 */
public final class EmbedBenchmark {

    static final long SEED = 20260321L;
    static final int WARM_UP_POSTS = 64;

    /**
     * @param device where the Postlens and raw paths ran ("cpu", "gpu(0)"); langchain4j always runs on the CPU
     * @param peakRssBytes the process's peak resident set size at the end, empty where the OS does not say
     */
    public record Result(int posts, String device, long postlensNanos, long rawNanos, long langchain4jNanos,
                         OptionalLong peakRssBytes) {

        public double postsPerSecond() {
            return rate(postlensNanos);
        }

        public double rawPostsPerSecond() {
            return rate(rawNanos);
        }

        public double langchain4jPostsPerSecond() {
            return rate(langchain4jNanos);
        }

        public double ratioVsRaw() {
            return postsPerSecond() / rawPostsPerSecond();
        }

        public double ratioVsLangchain4j() {
            return postsPerSecond() / langchain4jPostsPerSecond();
        }

        private double rate(long nanos) {
            return posts * 1e9 / Math.max(1, nanos);
        }
    }

    private final Path workDir;
    private final TextEncoder encoder;
    private final Consumer<String> log;

    /**
     * @param workDir an empty folder for the CSVs and projects
     * @param encoder the encoder the Postlens and raw paths share (the app's shipped all-MiniLM-L6-v2)
     */
    public EmbedBenchmark(Path workDir, TextEncoder encoder, Consumer<String> log) {
        this.workDir = workDir;
        this.encoder = encoder;
        this.log = log;
    }

    public Result run(int posts, ProgressListener progress, CancellationToken cancel)
            throws IOException, ProjectFileException {
        int rounds = rounds(posts);
        Path warmUpProject = workDir.resolve("warm-up.postlens");
        importPosts(new SyntheticPosts(SEED + 1, WARM_UP_POSTS), WARM_UP_POSTS, warmUpProject, cancel);
        SyntheticPosts generator = new SyntheticPosts(SEED, posts);
        List<Path> projects = new ArrayList<>(rounds);
        List<List<String>> texts = new ArrayList<>(rounds);
        for (int round = 0; round < rounds; round++) {
            int count = posts / rounds + (round < posts % rounds ? 1 : 0);
            Path projectFile = workDir.resolve("bench-" + round + ".postlens");
            importPosts(generator, count, projectFile, cancel);
            projects.add(projectFile);
            // Only the posts the encoder reads (English, for MiniLM): the embed job leaves the others out.
            LanguageRoute route = new LanguageRoute(encoder.languages());
            try (Project project = Project.open(projectFile)) {
                texts.add(project.embeddings().missing(encoder.model().id(), 0, count).stream()
                        .filter(post -> route.accepts(post.lang(), post.text())).map(PostText::text).toList());
            }
        }
        List<String> allTexts = texts.stream().flatMap(List::stream).toList();
        log.accept(String.format("%,d of the %,d synthetic posts are in a language the encoder reads (%s)",
                allTexts.size(), posts, String.join(", ", encoder.languages())));

        ExecutorService executor = Executors.newFixedThreadPool(threads(), EmbedBenchmark::daemon);
        try {
            AllMiniLmL6V2EmbeddingModel langchain4j = new AllMiniLmL6V2EmbeddingModel(executor);
            // Warm-up, untimed: the Postlens path on a small project of other posts; then both ONNX Runtime sessions
            // over every text once: the first pass at each new input length is slow, and whichever path met a length
            // first would pay for the others (measured: without this, the path timed first ran at about half speed).
            try (Project warmUp = Project.open(warmUpProject)) {
                new EmbedJob(warmUp, encoder, EmbedJob.DEFAULT_BATCH_SIZE).run(ProgressListener.none(), cancel);
            }
            long warmUpStart = System.nanoTime();
            encodeInPages(allTexts, cancel);
            embedAll(langchain4j, allTexts);
            log.accept(String.format("Warm-up: both ONNX Runtime sessions over all %,d texts once, untimed (%,d ms)",
                    allTexts.size(), (System.nanoTime() - warmUpStart) / 1_000_000));

            // The three paths take turns on equal slices, each round in a rotated order, so that load from other
            // processes falls on all three alike.
            long[] nanos = new long[3];
            ProgressMeter meter = new ProgressMeter("Embedding posts three ways", allTexts.size(), progress);
            int done = 0;
            for (int round = 0; round < rounds; round++) {
                for (int turn = 0; turn < 3; turn++) {
                    cancel.throwIfCancelled();
                    int path = (round + turn) % 3;
                    List<String> slice = texts.get(round);
                    long start = System.nanoTime();
                    switch (path) {
                        case 0 -> embedJob(projects.get(round), slice.size(), cancel);
                        case 1 -> encodeInPages(slice, cancel);
                        default -> embedAll(langchain4j, slice);
                    }
                    nanos[path] += System.nanoTime() - start;
                }
                done += texts.get(round).size();
                meter.update(done);
            }
            meter.finish(done);
            log.accept(String.format("Postlens (EmbedJob: read, tokenize, infer, store): %,d posts in %,d ms",
                    allTexts.size(), nanos[0] / 1_000_000));
            log.accept(String.format("Raw DJL + ONNX Runtime (same encoder, pages of %d, no storage): %,d ms",
                    EmbedJob.DEFAULT_BATCH_SIZE, nanos[1] / 1_000_000));
            log.accept(String.format("langchain4j AllMiniLmL6V2EmbeddingModel.embedAll (%d threads): %,d ms",
                    threads(), nanos[2] / 1_000_000));
            log.accept(String.format("(%d rounds of about %,d posts, the three paths in turn)", rounds, posts / rounds));
            return new Result(allTexts.size(), encoder.model().device(), nanos[0], nanos[1], nanos[2], PeakRss.bytes());
        } finally {
            executor.shutdownNow();
        }
    }

    /** Slices of at least 400 posts, at most 5 of them. */
    static int rounds(int posts) {
        return Math.max(1, Math.min(5, posts / 400));
    }

    private void embedJob(Path projectFile, int expected, CancellationToken cancel) throws ProjectFileException, IOException {
        try (Project project = Project.open(projectFile)) {
            EmbedReport report = new EmbedJob(project, encoder, EmbedJob.DEFAULT_BATCH_SIZE).run(ProgressListener.none(), cancel);
            if (report.embedded() != expected) {
                throw new IOException("the embed job embedded " + report.embedded() + " posts, not " + expected);
            }
        }
    }

    private void importPosts(SyntheticPosts generator, int posts, Path projectFile, CancellationToken cancel)
            throws IOException, ProjectFileException {
        Path csv = projectFile.resolveSibling(projectFile.getFileName() + ".csv");
        generator.writeCsv(csv, posts);
        try (Project project = Project.create(projectFile)) {
            ImportReport report = new ImportService(project).importFile(csv, ImportRequest.auto(), ProgressListener.none(), cancel);
            if (report.outcome() != ImportReport.Outcome.COMPLETED || report.postsAdded() != posts) {
                throw new IOException("benchmark import did not complete: " + report.outcome() + ", "
                        + report.postsAdded() + " of " + posts + " posts added");
            }
        }
    }

    /** The pages EmbedJob hands the encoder, in the same order. */
    private void encodeInPages(List<String> texts, CancellationToken cancel) {
        for (int from = 0; from < texts.size(); from += EmbedJob.DEFAULT_BATCH_SIZE) {
            cancel.throwIfCancelled();
            float[][] vectors = encoder.encode(texts.subList(from, Math.min(texts.size(), from + EmbedJob.DEFAULT_BATCH_SIZE)));
            if (vectors.length == 0) {
                throw new IllegalStateException("the encoder returned no vectors");
            }
        }
    }

    /** As many threads as the Postlens encoder runs predictors (one per core, up to 4). */
    private static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    private static void embedAll(AllMiniLmL6V2EmbeddingModel model, List<String> texts) {
        int embedded = model.embedAll(segments(texts)).content().size();
        if (embedded != texts.size()) {
            throw new IllegalStateException("langchain4j returned " + embedded + " embeddings for " + texts.size());
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "langchain4j-bench");
        thread.setDaemon(true);
        return thread;
    }

    private static List<TextSegment> segments(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        texts.forEach(text -> segments.add(TextSegment.from(text)));
        return segments;
    }
}
