package org.postlens.app.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.service.ImportReport;
import org.postlens.app.service.ImportRequest;
import org.postlens.app.service.ImportService;

import org.postlens.app.store.Project;
import org.postlens.app.store.ProjectFileException;
import org.postlens.app.store.SqlitePostRepository;

/**
 * Measures the real import path (parse, map, store, full-text index) against the least work that stores the
 * same values (a bare batched JDBC insert, {@link BaselineInsert}), in one run on the same machine, then how
 * quickly the imported project opens on its first page and answers searches.
 */
public final class ImportBenchmark {

    /** The table's first page size. */
    public static final int PAGE_SIZE = 200;
    /** Rows per baseline transaction: the import path's batch size (service.BatchBuilder.RECORDS_PER_BATCH). */
    public static final int BATCH_SIZE = org.postlens.app.service.BatchBuilder.RECORDS_PER_BATCH;
    private static final long SEED = 20260314L;

    /**
     * @param importMillis   wall time of the real import of the CSV
     * @param baselineMillis time spent in the baseline's inserts and commits (its values prepared beforehand)
     */
    public record Result(long posts, long postsAdded, long importMillis, long baselineMillis, long peakHeapBytes,
                         long peakLiveHeapBytes,
                         double firstPageMillis, double searchMillis, double languageFilterMillis,
                         double languageCountsMillis, long csvBytes, long projectBytes) {

        public double postsPerSecond() {
            return posts * 1000.0 / Math.max(1, importMillis);
        }

        public double baselinePostsPerSecond() {
            return posts * 1000.0 / Math.max(1, baselineMillis);
        }

        public double ratio() {
            return postsPerSecond() / baselinePostsPerSecond();
        }
    }

    private final Path workDir;
    private final Consumer<String> log;
    private boolean withLanguageColumn = true;

    /** @param workDir an empty folder for the CSV, the project and the baseline database */
    public ImportBenchmark(Path workDir, Consumer<String> log) {
        this.workDir = workDir;
        this.log = log;
    }

    /** Leaves the language column out of the CSV, so that the import detects the language of every post. */
    public ImportBenchmark withoutLanguageColumn() {
        withLanguageColumn = false;
        return this;
    }

    public Result run(long posts, ProgressListener progress, CancellationToken cancel)
            throws IOException, ProjectFileException {
        Path csv = workDir.resolve("bench-posts.csv");
        Path projectFile = workDir.resolve("bench.postlens");
        Path baselineFile = workDir.resolve("baseline.sqlite");

        long started = System.nanoTime();
        new SyntheticPosts(SEED, posts).writeCsv(csv, posts, withLanguageColumn);
        log.accept(String.format("Generated %,d posts into %s (%,.1f MB) in %,d ms", posts, csv.getFileName(),
                Files.size(csv) / 1e6, millisSince(started)));

        System.gc();
        long importMillis;
        long peakHeap;
        long peakLiveHeap;
        ImportReport report;
        try (HeapSampler heap = new HeapSampler(); Project project = Project.create(projectFile)) {
            long start = System.nanoTime();
            report = new ImportService(project).importFile(csv, ImportRequest.auto(), progress, cancel);
            importMillis = millisSince(start);
            heap.close();
            peakHeap = heap.peakBytes();
            peakLiveHeap = heap.peakLiveBytes();
        }
        if (report.outcome() != ImportReport.Outcome.COMPLETED) {
            throw new IOException("benchmark import did not complete: " + report.outcome());
        }
        log.accept(String.format("Import (parse, map, store, index): %,d posts added, %,d rejected in %,d ms",
                report.postsAdded(), report.rejected(), importMillis));

        long baselineMillis = baseline(baselineFile, posts, cancel);
        log.accept(String.format("Baseline (bare batched JDBC insert, batches of %,d): %,d ms", BATCH_SIZE,
                baselineMillis));

        double firstPage = firstPage(projectFile);
        double search = medianSearch(projectFile);
        double languageFilter = medianLanguageFilter(projectFile);
        double languageCounts = languageCounts(projectFile);
        long projectBytes = Files.size(projectFile);
        return new Result(posts, report.postsAdded(), importMillis, baselineMillis, peakHeap, peakLiveHeap, firstPage, search,
                languageFilter, languageCounts, Files.size(csv), projectBytes);
    }

    private static long baseline(Path file, long posts, CancellationToken cancel) {
        SyntheticPosts generator = new SyntheticPosts(SEED, posts);
        long insertNanos = 0;
        try (BaselineInsert baseline = BaselineInsert.create(file)) {
            List<BaselineInsert.Row> batch = new ArrayList<>(BATCH_SIZE);
            for (long done = 0; done < posts; ) {
                cancel.throwIfCancelled();
                batch.clear();
                // The values are prepared outside the timed part: the baseline parses nothing.
                for (int i = 0; i < BATCH_SIZE && done < posts; i++, done++) {
                    batch.add(row(generator.next(), done + 1));
                }
                long start = System.nanoTime();
                baseline.insertBatch(batch);
                insertNanos += System.nanoTime() - start;
            }
        }
        return Math.max(1, insertNanos / 1_000_000);
    }

    private static BaselineInsert.Row row(SyntheticPosts.Post post, long recordNumber) {
        return new BaselineInsert.Row(post.id(), post.text(), post.createdAt().toEpochMilli(), post.author(),
                post.url(), post.likes(), post.shares(), post.replies(), post.views(), post.lang(), recordNumber,
                rawJson(post));
    }

    /** A JSON object of the CSV fields, like the raw record the import path keeps. */
    private static String rawJson(SyntheticPosts.Post post) {
        StringBuilder json = new StringBuilder(post.text().length() + 200).append('{');
        List<String> values = post.csvValues();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append(SyntheticPosts.COLUMNS.get(i)).append("\":\"")
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                    .append('"');
        }
        return json.append('}').toString();
    }

    /** Opening the project and reading the table's first page, as the app does when it opens a file. */
    private static double firstPage(Path projectFile) throws IOException, ProjectFileException {
        long start = System.nanoTime();
        try (Project project = Project.open(projectFile)) {
            int rows = project.posts().page(PostQuery.all(), 0, PAGE_SIZE).size();
            if (rows == 0) {
                throw new IOException("benchmark project has no posts");
            }
            return (System.nanoTime() - start) / 1e6;
        }
    }

    /** Median over the benchmark queries of count + first page, as the table does for a search. */
    private static double medianSearch(Path projectFile) throws ProjectFileException {
        try (Project project = Project.open(projectFile)) {
            double[] millis = new double[SyntheticPosts.SEARCH_QUERIES.size()];
            int i = 0;
            for (String words : SyntheticPosts.SEARCH_QUERIES) {
                PostQuery query = PostQuery.all().withSearch(words);
                long start = System.nanoTime();
                project.posts().count(query);
                project.posts().page(query, 0, PAGE_SIZE);
                millis[i++] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            return millis[millis.length / 2];
        }
    }

    /** Median over each language present and "unknown" of count + first page, as the table does for the filter. */
    private static double medianLanguageFilter(Path projectFile) throws ProjectFileException {
        try (Project project = Project.open(projectFile)) {
            List<String> languages = new ArrayList<>(project.posts().languages());
            languages.add(SqlitePostRepository.UNKNOWN_LANGUAGE);
            double[] millis = new double[languages.size()];
            int i = 0;
            for (String language : languages) {
                PostQuery query = PostQuery.all().withLang(language);
                long start = System.nanoTime();
                project.posts().count(query);
                project.posts().page(query, 0, PAGE_SIZE);
                millis[i++] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            return millis[millis.length / 2];
        }
    }

    /** Posts per language and source, as the filter's choices are loaded when a project opens. */
    private static double languageCounts(Path projectFile) throws ProjectFileException {
        try (Project project = Project.open(projectFile)) {
            long start = System.nanoTime();
            project.languages().counts();
            return (System.nanoTime() - start) / 1e6;
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
