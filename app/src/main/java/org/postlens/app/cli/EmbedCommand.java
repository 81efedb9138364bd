package org.postlens.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.postlens.app.embed.EmbedJob;
import org.postlens.app.embed.EmbedReport;
import org.postlens.app.store.Project;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.TextEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postlens embed PROJECT}: a text embedding for every post, resumable. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Embed the text of every post with the local sentence encoder, for 'similar' and 'clusters'.",
                "Safe to interrupt: running it again embeds only the posts still missing."})
public final class EmbedCommand implements Callable<Integer>, UsesModels {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens).")
    Path projectFile;

    @Mixin
    EncoderOptions encoderOptions;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + EmbedJob.DEFAULT_BATCH_SIZE,
            description = "Texts encoded and stored together (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() throws Exception {
        if (batchSize <= 0) {
            throw new UserError("--batch must be 1 or more, not " + batchSize);
        }
        PrintWriter out = spec.commandLine().getOut();
        TerminalProgress progress = TerminalProgress.onTerminal(spec.commandLine().getErr(), "posts");
        try (Project project = ProjectArgument.openExisting(projectFile);
             TextEncoder encoder = encoderOptions.open();
             CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            EmbedReport report;
            try {
                report = new EmbedJob(project, encoder, batchSize).run(progress, interrupt.token());
            } finally {
                progress.done();
            }
            out.println(summary(report, encoder.model()));
            out.flush();
            return ExitCodes.OK;
        }
    }

    static String summary(EmbedReport report, ModelInfo model) {
        String with = model.id() + " " + model.version() + " (" + model.engine() + ", " + model.device() + ")";
        String skipped = report.skipped() == 0 ? "" : " " + report.skippedExplanation() + ".";
        if (report.run() == null) {
            return String.format("Nothing to do: all %,d posts with text it can read are embedded with %s.",
                    report.alreadyEmbedded(), with) + skipped;
        }
        return String.format("Embedded %,d posts with %s in run %d (%,d were already embedded).",
                report.embedded(), with, report.run().id(), report.alreadyEmbedded()) + skipped;
    }
}
