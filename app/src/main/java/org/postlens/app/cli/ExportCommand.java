package org.postlens.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.postlens.app.export.ExportFormat;
import org.postlens.app.export.ExportRequest;
import org.postlens.app.export.ExportResult;
import org.postlens.app.export.ExportService;
import org.postlens.app.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postlens export PROJECT OUT.csv|OUT.jsonl}: the posts a filter selects, with their images. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export posts to CSV or JSON Lines (by OUT's extension), oldest first.",
                "Stored images are written once each to OUT-NAME_media/ beside the output and listed by relative path."})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens).")
    Path projectFile;

    @Parameters(index = "1", paramLabel = "OUT", description = "Output file: .csv or .jsonl.")
    Path out;

    @Mixin
    PostFilterOptions filter;

    @Override
    public Integer call() throws Exception {
        ExportFormat format = ExportFormat.forFile(out).orElseThrow(() -> new UserError(
                "Cannot tell the export format of " + out.getFileName() + ": name it .csv or .jsonl"));
        if (Files.isDirectory(out)) {
            throw new UserError(out + " is a folder; give a file name ending in .csv or .jsonl");
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Project project = ProjectArgument.openExisting(projectFile);
             CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            TerminalProgress progress = TerminalProgress.onTerminal(err, "posts");
            ExportResult result = new ExportService(project).export(
                    ExportRequest.ofQuery(filter.toQuery(), out, format), progress, interrupt.token());
            progress.done();
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.printf("Exported %,d posts to %s%n", result.posts(), result.file());
            if (result.mediaFolder() != null) {
                stdout.printf("Wrote %,d images to %s%n", result.imagesWritten(), result.mediaFolder());
            }
            stdout.flush();
            return ExitCodes.OK;
        }
    }
}
