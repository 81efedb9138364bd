package org.postlens.app.cli;

import ai.djl.engine.Engine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.postlens.app.analysis.AnalyzeJob;
import org.postlens.app.analysis.AnalyzeReport;
import org.postlens.app.analysis.TaskModels;
import org.postlens.app.analysis.TaskRunSummary;
import org.postlens.app.domain.Run;
import org.postlens.app.embed.EncoderUnavailableException;
import org.postlens.app.embed.TextEncoders;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.store.Project;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.DeviceSelection;
import org.postlens.runtime.ModelRuntimeException;
import org.postlens.runtime.RuntimeEnvironment;
import org.postlens.runtime.TextEncoder;
import org.postlens.runtime.multitask.MultiTaskModel;
import org.postlens.runtime.pack.InvalidModelPackException;
import org.postlens.runtime.pack.ModelCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postlens analyze PROJECT}: task models over every post, resumable. */
@Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true,
        description = {"Run the task models (sentiment, offensive, ...) over the posts: for each task, each post gets the pack of its language.",
                "Every prediction is stored with its run. Safe to interrupt: running it again predicts only what is missing."})
public final class AnalyzeCommand implements Callable<Integer>, UsesModels {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens).")
    Path projectFile;

    @Option(names = "--tasks", paramLabel = "TASKS", split = ",",
            description = "Only these tasks (default: every task with a pack for the post's language).")
    List<String> tasks = new ArrayList<>();

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Where the models run: the GPU when there is one (auto, default), or forced.")
    DevicePreference device;

    @Mixin
    ModelsOptions models;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + AnalyzeJob.DEFAULT_BATCH_SIZE,
            description = "Posts read, predicted and stored together (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--multitask", paramLabel = "PACK",
            description = {"A multi-task pack (train --multitask): its fine-tuned encoder answers its tasks for English "
                    + "posts, in one forward pass for all of them, instead of those tasks' English packs."})
    Path multiTaskPack;

    @Override
    public Integer call() throws Exception {
        if (batchSize <= 0) {
            throw new UserError("--batch must be 1 or more, not " + batchSize);
        }
        Set<String> wanted = new LinkedHashSet<>();
        tasks.stream().map(String::trim).filter(task -> !task.isEmpty()).forEach(wanted::add);
        AppDirectories directories = AppDirectories.fromEnvironment();
        ModelCatalog catalog = TaskModels.catalog(directories.cache().resolve("packs"), models.folders());
        PrintWriter out = spec.commandLine().getOut();
        TerminalProgress progress = TerminalProgress.onTerminal(spec.commandLine().getErr(), "posts");
        try (Project project = ProjectArgument.openExisting(projectFile);
             TaskModels opened = open(catalog, wanted, directories);
             TextEncoder encoder = opened.needsEncoder() ? openEncoder(directories) : null;
             CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            if (opened.models().isEmpty()) {
                throw new UserError("No usable task model packs" + (catalog.invalid().isEmpty() ? "" : " ("
                        + catalog.invalid().size() + " cannot be used: see `postlens models`)")
                        + ". Add a folder of packs with --models DIR.");
            }
            AnalyzeReport report;
            try {
                report = new AnalyzeJob(project, opened.models(), encoder, batchSize).run(progress, interrupt.token());
            } finally {
                progress.done();
            }
            out.print(summary(report));
            out.flush();
            return ExitCodes.OK;
        }
    }

    private TaskModels open(ModelCatalog catalog, Set<String> wanted, AppDirectories directories) {
        try {
            MultiTaskModel multiTask = null;
            if (multiTaskPack != null) {
                RuntimeEnvironment.configure(directories.cache());
                try {
                    multiTask = MultiTaskModel.load(multiTaskPack, directories.cache(),
                            DeviceSelection.select(device, Engine.getEngine("PyTorch").getGpuCount()));
                } catch (java.io.IOException e) {
                    throw new UserError("Cannot use the multi-task pack " + multiTaskPack + ": " + e.getMessage(), e);
                }
            }
            return TaskModels.open(catalog, wanted, device, multiTask);
        } catch (TaskModels.UnknownTaskException | ModelRuntimeException e) {
            throw new UserError(e.getMessage(), e);
        } catch (InvalidModelPackException e) {
            throw new UserError(e.getMessage() + " (see `postlens models --check`)", e);
        }
    }

    private TextEncoder openEncoder(AppDirectories directories) {
        try {
            return TextEncoders.open(directories.cache(), device);
        } catch (EncoderUnavailableException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** One line per model run: task, model, device, posts, and the count of each label. */
    static String summary(AnalyzeReport report) {
        if (report.runs().isEmpty()) {
            return "Nothing to do: every post with text has a prediction from each model that reads its language.\n";
        }
        StringBuilder text = new StringBuilder(String.format("Analysed %,d posts: %,d predictions.%n",
                report.postsLookedAt(), report.predictions()));
        for (TaskRunSummary summary : report.runs()) {
            Run run = summary.run();
            text.append(String.format("  %s: %,d posts with %s %s (%s, %s) in run %d:", summary.task(), summary.predicted(),
                    run.modelId(), run.modelVersion(), run.engine(), run.device(), run.id()));
            for (Map.Entry<String, Long> count : summary.labelCounts().entrySet()) {
                text.append(String.format(" %s %,d", count.getKey(), count.getValue()));
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }
}
