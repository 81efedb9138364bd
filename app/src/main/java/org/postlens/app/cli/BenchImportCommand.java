package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.postlens.app.cli.bench.ImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code postlens bench import}: import throughput against a bare JDBC baseline, first page and search times. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Generate N synthetic posts (English, Arabic, Hindi) as CSV, import them through the real",
                "import path into a new project and, in the same run, into a bare SQLite table with batched JDBC",
                "inserts; then time opening the project on its first page and full-text searches.",
                "The last line of output is one JSON object with the figures."})
public final class BenchImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--posts", paramLabel = "N", defaultValue = "100000",
            description = "Number of posts (default: ${DEFAULT-VALUE}).")
    long posts;

    @Option(names = "--without-lang",
            description = "Leave the language column out of the CSV, so that the import detects every post's language.")
    boolean withoutLanguage;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Keep the CSV, project and baseline database in DIR (default: a temporary folder, deleted).")
    Path keep;

    @Override
    public Integer call() throws Exception {
        if (posts < 1) {
            throw new UserError("--posts must be at least 1, not " + posts);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path workDir;
        if (keep != null) {
            Files.createDirectories(keep);
            try (Stream<Path> existing = Files.list(keep)) {
                if (existing.findAny().isPresent()) {
                    throw new UserError("--keep: " + keep + " is not empty; give an empty or new folder");
                }
            }
            workDir = keep;
        } else {
            workDir = Files.createTempDirectory("postlens-bench-");
        }
        try (CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            TerminalProgress progress = TerminalProgress.onTerminal(err, "records");
            ImportBenchmark benchmark = new ImportBenchmark(workDir, line -> {
                progress.done();
                out.println(line);
                out.flush();
            });
            if (withoutLanguage) {
                benchmark.withoutLanguageColumn();
            }
            ImportBenchmark.Result result = benchmark.run(posts, progress, interrupt.token());
            progress.done();
            out.printf("Import: %,.0f posts/s; baseline: %,.0f posts/s; ratio %.2f%n", result.postsPerSecond(),
                    result.baselinePostsPerSecond(), result.ratio());
            out.printf("Peak heap during import: %,.0f MB used, %,.0f MB live after collections (max heap %,.0f MB)%n",
                    result.peakHeapBytes() / 1048576.0, result.peakLiveHeapBytes() / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0);
            out.printf("First page (open + %d rows): %.1f ms; search (median, count + page): %.1f ms%n",
                    ImportBenchmark.PAGE_SIZE, result.firstPageMillis(), result.searchMillis());
            out.printf("Language filter (median, count + page): %.1f ms; posts per language (filter choices): %.1f ms%n",
                    result.languageFilterMillis(), result.languageCountsMillis());
            out.printf("Project file: %,.1f MB for %,.1f MB of CSV%n", result.projectBytes() / 1e6, result.csvBytes() / 1e6);
            if (keep != null) {
                out.println("Kept in " + workDir.toAbsolutePath());
            }
            out.println(json(result, !withoutLanguage));
            out.flush();
            return ExitCodes.OK;
        } finally {
            if (keep == null) {
                deleteTree(workDir);
            }
        }
    }

    static String json(ImportBenchmark.Result result, boolean languageColumn) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        json.put("posts", result.posts());
        json.put("posts_per_s", Math.round(result.postsPerSecond()));
        json.put("baseline_posts_per_s", Math.round(result.baselinePostsPerSecond()));
        json.put("ratio", Math.round(result.ratio() * 1000) / 1000.0);
        json.put("peak_heap_mb", Math.round(result.peakHeapBytes() / 1048576.0));
        json.put("peak_live_heap_mb", Math.round(result.peakLiveHeapBytes() / 1048576.0));
        json.put("max_heap_mb", Math.round(Runtime.getRuntime().maxMemory() / 1048576.0));
        json.put("first_page_ms", Math.round(result.firstPageMillis() * 10) / 10.0);
        json.put("search_ms", Math.round(result.searchMillis() * 10) / 10.0);
        json.put("lang_filter_ms", Math.round(result.languageFilterMillis() * 10) / 10.0);
        json.put("lang_counts_ms", Math.round(result.languageCountsMillis() * 10) / 10.0);
        json.put("lang_column", languageColumn);
        return mapper.writeValueAsString(json);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
