package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.postlens.app.cli.bench.LabelBenchNavigation;
import org.postlens.app.cli.bench.LabelBenchTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code postlens bench label}: the labelling workflow's two speed targets, training the active-learning classifier
 * on 1,000 labels (under 10 s) and moving to the next item of each labelling queue at 1M posts (under 50 ms).
 */
@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Two measurements of the labelling workflow; the last line is one JSON object with both.",
                "Training: the active-learning classifier on N labels (hashed n-grams and 384-d sentence vectors as a",
                "project stores them), on TweetEval emotion texts when ../shared/data has them, else synthetic posts.",
                "Target: 1,000 labels in under 10 s (fields training_*).",
                "Navigation: write N synthetic posts with a sentiment run and two annotators' labels, then time one key",
                "press of the labelling view for each queue (next post: queue step + loading the post, its prediction",
                "and annotations; and labelling then moving on). Target: under 50 ms (fields navigation, worst_*)."})
public final class BenchLabelCommand implements Callable<Integer>, UsesModels {

    @Spec
    CommandSpec spec;

    @Option(names = "--labels", paramLabel = "N", defaultValue = "1000", description = "Labels to train on (default: ${DEFAULT-VALUE}).")
    int labels;

    @Option(names = "--family", paramLabel = "ngram|head|combined", defaultValue = "combined",
            description = "What to train (default: ${DEFAULT-VALUE}).")
    LearnFamily family;

    @Option(names = "--shared", paramLabel = "DIR",
            description = "The shared data folder (default: ../shared/data beside the working directory or a parent of it).")
    Path shared;

    @Option(names = "--posts", paramLabel = "N", defaultValue = "1000000",
            description = "Posts in the navigation project (default: ${DEFAULT-VALUE}).")
    long posts;

    @Option(names = "--steps", paramLabel = "K", defaultValue = "400",
            description = "Key presses timed per queue, half moving on, half labelling (default: ${DEFAULT-VALUE}).")
    int steps;

    @Override
    public Integer call() throws Exception {
        if (labels < 10) {
            throw new UserError("--labels must be at least 10, not " + labels);
        }
        if (posts < 10) {
            throw new UserError("--posts must be at least 10, not " + posts);
        }
        if (steps < 2) {
            throw new UserError("--steps must be at least 2, not " + steps);
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> figures = new LinkedHashMap<>(training(out));
        figures.putAll(navigation(out));
        out.println(new ObjectMapper().writeValueAsString(figures));
        out.flush();
        return ExitCodes.OK;
    }

    private Map<String, Object> training(PrintWriter out) throws Exception {
        LabelBenchTraining.Result training = new LabelBenchTraining(sharedData()).run(labels, family.modelFamily());
        out.printf("Training: %,d labels (%s, %s) in %.2f s, %d epochs; target %.0f s (ratio %.2f)%n", training.labels(),
                training.family(), training.data(), training.seconds(), training.epochs(), training.targetSeconds(),
                training.ratioToTarget());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("training_labels", training.labels());
        json.put("training_family", training.family());
        json.put("training_data", training.data());
        json.put("training_epochs", training.epochs());
        json.put("training_s", Math.round(training.seconds() * 1000) / 1000.0);
        json.put("training_target_s", training.targetSeconds());
        json.put("training_ratio_to_target", Math.round(training.ratioToTarget() * 1000) / 1000.0);
        return json;
    }

    private Map<String, Object> navigation(PrintWriter out) throws Exception {
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
            return navigation;
        } finally {
            BenchImportCommand.deleteTree(workDir);
        }
    }

    private Optional<Path> sharedData() {
        if (shared != null) {
            return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && dir.getParent() != null; dir = dir.getParent()) {
            Path data = dir.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(data)) {
                return Optional.of(data);
            }
        }
        return Optional.empty();
    }
}
