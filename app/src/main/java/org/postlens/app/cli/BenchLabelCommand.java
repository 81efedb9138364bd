package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.postlens.app.cli.bench.LabelBenchNavigation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code postlens bench label}: the labelling view's speed at scale. This is the navigation half (moving to the
 * next item of each queue); the active-learning training half adds its own figures beside it.
 */
@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Write N synthetic posts with a sentiment run and two annotators' labels, then time one key press",
                "of the labelling view for each queue (next post: queue step + loading the post, its prediction and",
                "annotations; and labelling then moving on). Target: under 50 ms. The last line is one JSON object."})
public final class BenchLabelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--posts", paramLabel = "N", defaultValue = "1000000",
            description = "Number of posts (default: ${DEFAULT-VALUE}).")
    long posts;

    @Option(names = "--steps", paramLabel = "K", defaultValue = "400",
            description = "Key presses timed per queue, half moving on, half labelling (default: ${DEFAULT-VALUE}).")
    int steps;

    @Override
    public Integer call() throws Exception {
        if (posts < 10) {
            throw new UserError("--posts must be at least 10, not " + posts);
        }
        if (steps < 2) {
            throw new UserError("--steps must be at least 2, not " + steps);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path workDir = Files.createTempDirectory("postlens-bench-label-");
        try (CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            TerminalProgress progress = TerminalProgress.onTerminal(spec.commandLine().getErr(), "items");
            Map<String, Object> navigation = LabelBenchNavigation.measure(workDir, posts, steps, progress, interrupt.token());
            progress.done();
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> queues = (Map<String, Map<String, Object>>) navigation.get("navigation");
            out.printf("%,d posts written in %.1f s; next item, per queue (median / p95 ms; target %.0f ms):%n",
                    posts, (double) navigation.get("build_s"), LabelBenchNavigation.TARGET_MS);
            queues.forEach((queue, figures) -> out.printf("  %-14s open %8.1f ms   next %6.2f / %6.2f   label+next %6.2f / %6.2f%n",
                    queue, (double) figures.get("open_ms"), (double) figures.get("step_median_ms"),
                    (double) figures.get("step_p95_ms"), (double) figures.get("label_step_median_ms"),
                    (double) figures.get("label_step_p95_ms")));
            out.println(new ObjectMapper().writeValueAsString(navigation));
            out.flush();
            return ExitCodes.OK;
        } finally {
            BenchImportCommand.deleteTree(workDir);
        }
    }
}
