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
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
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
 * Each path is warmed up on a few texts before it is timed.
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
        Path warmUpProject = importPosts("warm-up", SEED + 1, WARM_UP_POSTS, ProgressListener.none(), cancel);
        Path projectFile = importPosts("bench", SEED, posts, ProgressListener.none(), cancel);
        String modelId = encoder.model().id();

        List<String> texts;
        try (Project project = Project.open(projectFile)) {
            texts = project.embeddings().missing(modelId, 0, posts).stream().map(PostText::text).toList();
        }
        List<String> warmUpTexts = texts.subList(0, Math.min(WARM_UP_POSTS, texts.size()));

        // (a) the Postlens path
        try (Project warmUp = Project.open(warmUpProject)) {
            new EmbedJob(warmUp, encoder, EmbedJob.DEFAULT_BATCH_SIZE).run(ProgressListener.none(), cancel);
        }
        long postlensNanos;
        try (Project project = Project.open(projectFile)) {
            long start = System.nanoTime();
            EmbedReport report = new EmbedJob(project, encoder, EmbedJob.DEFAULT_BATCH_SIZE).run(progress, cancel);
            postlensNanos = System.nanoTime() - start;
            if (report.embedded() != texts.size()) {
                throw new IOException("the embed job embedded " + report.embedded() + " posts, not " + texts.size());
            }
        }
        log.accept(String.format("Postlens (EmbedJob: read, tokenize, infer, store): %,d posts in %,d ms",
                texts.size(), postlensNanos / 1_000_000));

        // (b) the same encoder on the same pages of texts, nothing read or stored
        encodeInPages(warmUpTexts, cancel);
        long start = System.nanoTime();
        encodeInPages(texts, cancel);
        long rawNanos = System.nanoTime() - start;
        log.accept(String.format("Raw DJL + ONNX Runtime (same encoder, pages of %d, no storage): %,d ms",
                EmbedJob.DEFAULT_BATCH_SIZE, rawNanos / 1_000_000));

        // (c) langchain4j's own embedding model, given every text at once
        long langchain4jNanos = langchain4j(texts, warmUpTexts, cancel);
        log.accept(String.format("langchain4j AllMiniLmL6V2EmbeddingModel.embedAll (%d threads): %,d ms",
                threads(), langchain4jNanos / 1_000_000));

        return new Result(texts.size(), encoder.model().device(), postlensNanos, rawNanos, langchain4jNanos,
                PeakRss.bytes());
    }

    private Path importPosts(String name, long seed, int posts, ProgressListener progress, CancellationToken cancel)
            throws IOException, ProjectFileException {
        Path csv = workDir.resolve(name + ".csv");
        Path projectFile = workDir.resolve(name + ".postlens");
        new SyntheticPosts(seed, posts).writeCsv(csv, posts);
        try (Project project = Project.create(projectFile)) {
            ImportReport report = new ImportService(project).importFile(csv, ImportRequest.auto(), progress, cancel);
            if (report.outcome() != ImportReport.Outcome.COMPLETED || report.postsAdded() != posts) {
                throw new IOException("benchmark import did not complete: " + report.outcome() + ", "
                        + report.postsAdded() + " of " + posts + " posts added");
            }
        }
        return projectFile;
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

    private static long langchain4j(List<String> texts, List<String> warmUpTexts, CancellationToken cancel) {
        ExecutorService executor = Executors.newFixedThreadPool(threads(), task -> {
            Thread thread = new Thread(task, "langchain4j-bench");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel(executor);
            model.embedAll(segments(warmUpTexts));
            cancel.throwIfCancelled();
            List<TextSegment> segments = segments(texts);
            long start = System.nanoTime();
            int embedded = model.embedAll(segments).content().size();
            long nanos = System.nanoTime() - start;
            if (embedded != texts.size()) {
                throw new IllegalStateException("langchain4j returned " + embedded + " embeddings for " + texts.size());
            }
            return nanos;
        } finally {
            executor.shutdownNow();
        }
    }

    private static List<TextSegment> segments(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        texts.forEach(text -> segments.add(TextSegment.from(text)));
        return segments;
    }
}
