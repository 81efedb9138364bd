package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.postlens.app.annotate.ActiveLearningJob;
import org.postlens.app.annotate.LearnReport;
import org.postlens.app.annotate.LearnRequest;
import org.postlens.app.store.Project;
import org.postlens.runtime.TextEncoder;
import org.postlens.runtime.learn.CrossValidation;
import org.postlens.runtime.learn.LearningCurve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postlens learn PROJECT --schema S}: active learning on the project's own labels. */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"Train a classifier on the gold labels of a label schema (any schema, your own included),",
                "measure it by 5-fold cross-validation, predict every other post, and store the predictions with how",
                "uncertain each is, for the 'most uncertain' labelling queue. The last line of output is one JSON object."})
public final class LearnCommand implements Callable<Integer>, UsesModels {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens).")
    Path projectFile;

    @Option(names = "--schema", required = true, paramLabel = "NAME", description = "The label schema to learn.")
    String schema;

    @Option(names = "--family", paramLabel = "ngram|head|combined", defaultValue = "ngram",
            description = {"What to train: hashed word and character n-grams (any language; default), a head on the",
                    "sentence vectors 'postlens embed' stored (English), or both. Stored vectors are never recomputed."})
    LearnFamily family;

    @Option(names = "--curve", description = "Also draw the learning curve: cross-validated F1 at 10, 20, 50, 100... labels.")
    boolean curve;

    @Option(names = "--save-pack", paramLabel = "DIR",
            description = "Also write the model as a pack folder ('postlens models --models' and 'analyze' load it).")
    Path savePack;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of folds and training (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    EncoderOptions encoderOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TerminalProgress progress = TerminalProgress.onTerminal(spec.commandLine().getErr(), "posts");
        LearnRequest request = new LearnRequest(schema, family.modelFamily(), seed, curve, LearnRequest.DEFAULT_BATCH_SIZE);
        try (Project project = ProjectArgument.openExisting(projectFile);
             TextEncoder encoder = family.modelFamily().readsVectors() ? encoderOptions.open() : null;
             CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            LearnReport report;
            try {
                report = new ActiveLearningJob(project, request, encoder).run(progress, interrupt.token());
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new UserError(e.getMessage(), e);
            } finally {
                progress.done();
            }
            Path pack = savePack == null ? null : report.savePack(savePack);
            print(out, report, pack);
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static void print(PrintWriter out, LearnReport report, Path pack) throws Exception {
        CrossValidation cv = report.crossValidation();
        out.printf("Trained %s on %,d labels of '%s'%s in %.1f s; %d-fold cross-validated %s %.3f%n", report.model().report().family(),
                report.labels(), report.schema().name(), report.disagreements() == 0 ? ""
                        : String.format(" (%,d posts left out: annotators disagree)", report.disagreements()),
                report.trainingSeconds(), cv.folds(), cv.metric(), cv.value());
        if (report.learningCurve() != null) {
            for (LearningCurve.Point point : report.learningCurve().points()) {
                out.printf("  %,6d labels: %s %.3f%n", point.labels(), report.learningCurve().metric(), point.value());
            }
        }
        out.printf("Predicted %,d posts in run %d; the most uncertain are first in the labelling queue.%n", report.predicted(),
                report.run().id());
        if (pack != null) {
            out.println("Wrote the model pack to " + pack);
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        json.put("schema", report.schema().name());
        json.put("family", report.model().report().family().name());
        json.put("labels", report.labels());
        json.put("disagreements", report.disagreements());
        json.put("cv_folds", cv.folds());
        json.put("cv_metric", cv.metric());
        json.put("cv_f1", round(cv.value()));
        ArrayNode points = json.putArray("learning_curve");
        if (report.learningCurve() != null) {
            for (LearningCurve.Point point : report.learningCurve().points()) {
                ObjectNode one = points.addObject();
                one.put("labels", point.labels());
                one.put("f1", round(point.value()));
            }
        }
        json.put("run", report.run().id());
        json.put("predicted", report.predicted());
        json.put("training_s", Math.round(report.trainingSeconds() * 100) / 100.0);
        json.put("seconds", Math.round(report.seconds() * 100) / 100.0);
        if (pack != null) {
            json.put("pack", pack.toString());
        } else {
            json.putNull("pack");
        }
        out.println(mapper.writeValueAsString(json));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
