package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.postlens.app.cli.bench.EmbedBenchmark;
import org.postlens.runtime.TextEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code postlens bench embed}: the embed path against the bare encoder and langchain4j's own embedding model. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Generate N synthetic tweet-length posts (English, Arabic, Hindi), import them into a temporary",
                "project, then embed the same texts three ways in one run: the full Postlens path (tokenize, infer,",
                "store in the project), the same all-MiniLM-L6-v2 encoder through DJL + ONNX Runtime with the same",
                "batching and no storage, and langchain4j's AllMiniLmL6V2EmbeddingModel.embedAll.",
                "The last line of output is one JSON object with the figures; peak_rss_mb is the process's peak",
                "resident set size (null where the OS does not report it)."})
public final class BenchEmbedCommand implements Callable<Integer>, UsesModels {

    @Spec
    CommandSpec spec;

    @Option(names = "--posts", paramLabel = "N", defaultValue = "2000",
            description = "Number of posts (default: ${DEFAULT-VALUE}).")
    int posts;

    @Mixin
    EncoderOptions encoderOptions;

    @Override
    public Integer call() throws Exception {
        if (posts < 1) {
            throw new UserError("--posts must be at least 1, not " + posts);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path workDir = Files.createTempDirectory("postlens-bench-embed-");
        try (TextEncoder encoder = encoderOptions.open();
             CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            out.printf("Encoder: %s %s (%s, %s); %,d synthetic posts%n", encoder.model().id(), encoder.model().version(),
                    encoder.model().engine(), encoder.model().device(), posts);
            out.flush();
            TerminalProgress progress = TerminalProgress.onTerminal(err, "posts");
            EmbedBenchmark.Result result = new EmbedBenchmark(workDir, encoder, line -> {
                progress.done();
                out.println(line);
                out.flush();
            }).run(posts, progress, interrupt.token());
            progress.done();
            out.printf("Postlens: %,.0f posts/s; raw encoder: %,.0f posts/s (ratio %.2f); langchain4j: %,.0f posts/s (ratio %.2f)%n",
                    result.postsPerSecond(), result.rawPostsPerSecond(), result.ratioVsRaw(),
                    result.langchain4jPostsPerSecond(), result.ratioVsLangchain4j());
            out.println("Peak resident set size of the process: " + (result.peakRssBytes().isPresent()
                    ? String.format("%,.0f MB", result.peakRssBytes().getAsLong() / 1048576.0) : "n/a"));
            out.println(json(result));
            out.flush();
            return ExitCodes.OK;
        } finally {
            BenchImportCommand.deleteTree(workDir);
        }
    }

    static String json(EmbedBenchmark.Result result) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        json.put("posts", result.posts());
        json.put("posts_per_s", round(result.postsPerSecond(), 10));
        json.put("raw_posts_per_s", round(result.rawPostsPerSecond(), 10));
        json.put("langchain4j_posts_per_s", round(result.langchain4jPostsPerSecond(), 10));
        json.put("ratio_vs_raw", round(result.ratioVsRaw(), 1000));
        json.put("ratio_vs_langchain4j", round(result.ratioVsLangchain4j(), 1000));
        if (result.peakRssBytes().isPresent()) {
            json.put("peak_rss_mb", Math.round(result.peakRssBytes().getAsLong() / 1048576.0));
        } else {
            json.putNull("peak_rss_mb");
        }
        json.put("device", result.device());
        return mapper.writeValueAsString(json);
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
