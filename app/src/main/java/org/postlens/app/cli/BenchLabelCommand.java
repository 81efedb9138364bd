package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.postlens.app.cli.bench.LabelBenchTraining;
import org.postlens.runtime.train.ModelFamily;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code postlens bench label}: the labelling workflow's speed targets. */
@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Train the active-learning classifier on N labels (hashed n-grams and 384-d sentence vectors as a",
                "project stores them), on TweetEval emotion texts when ../shared/data has them, else synthetic posts.",
                "Target: 1,000 labels in under 10 s. The last line of output is one JSON object with the figures."})
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

    @Override
    public Integer call() throws Exception {
        if (labels < 10) {
            throw new UserError("--labels must be at least 10, not " + labels);
        }
        PrintWriter out = spec.commandLine().getOut();
        LabelBenchTraining.Result training = new LabelBenchTraining(sharedData()).run(labels, family.modelFamily());
        out.printf("Training: %,d labels (%s, %s) in %.2f s, %d epochs; target %.0f s (ratio %.2f)%n", training.labels(),
                training.family(), training.data(), training.seconds(), training.epochs(), training.targetSeconds(),
                training.ratioToTarget());
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        json.put("training_labels", training.labels());
        json.put("training_family", training.family());
        json.put("training_data", training.data());
        json.put("training_epochs", training.epochs());
        json.put("training_s", Math.round(training.seconds() * 1000) / 1000.0);
        json.put("training_target_s", training.targetSeconds());
        json.put("training_ratio_to_target", Math.round(training.ratioToTarget() * 1000) / 1000.0);
        out.println(mapper.writeValueAsString(json));
        out.flush();
        return ExitCodes.OK;
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
