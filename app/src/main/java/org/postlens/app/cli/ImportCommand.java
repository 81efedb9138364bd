package org.postlens.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.ingest.FieldMapping;
import org.postlens.app.ingest.MappingPresets;
import org.postlens.app.ingest.ReaderOptions;
import org.postlens.app.ingest.platform.PlatformFormat;
import org.postlens.app.service.ImportReport;
import org.postlens.app.service.ImportRequest;
import org.postlens.app.service.ImportService;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postlens import PROJECT FILE...}: imports files and image folders, creating the project if needed. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import posts from CSV, JSON or JSON Lines files, platform exports (X/Twitter archive, Telegram",
                "Desktop export, CrowdTangle CSV, 4CAT CSV, 4CAT/Zeeschuimer NDJSON; folder or zip), or images",
                "from folders, into PROJECT.",
                "Creates PROJECT when it does not exist. Re-importing a file already imported does nothing;",
                "an interrupted import resumes. Exit code 0 when anything could be imported, 1 when nothing could."})
public final class ImportCommand implements Callable<Integer> {

    /** Rejected records printed per file; the rest are in 'postlens problems'. */
    static final int PROBLEMS_SHOWN = 5;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens); created if missing.")
    Path projectFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE",
            description = "CSV, JSON or JSONL files, platform exports (folder or zip), or folders of images.")
    List<Path> files;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "The files' character encoding (default: byte-order mark, else UTF-8), e.g. windows-1256.")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "CSV field delimiter (default: detected among , ; TAB |); 'tab' or '\\t' for a tab.")
    String delimiter;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "Use the column mapping saved as preset NAME (default: detect columns from their names).")
    String preset;

    @Override
    public Integer call() throws Exception {
        ImportRequest request = new ImportRequest(readerOptions(), mapping());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long imported = 0;
        try (Project project = openOrCreate(); CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            ImportService service = new ImportService(project);
            for (Path file : files) {
                TerminalProgress progress = TerminalProgress.onTerminal(err, "records");
                ImportReport report;
                try {
                    if (!Files.exists(file)) {
                        throw new UserError("No such file: " + file);
                    }
                    Optional<PlatformFormat> export = request.mapping() == null ? service.recognise(file)
                            : Optional.empty();
                    if (export.isPresent()) {
                        out.printf("%s: %s%n", file.getFileName(), export.get().label());
                        out.flush();
                        report = service.importExport(file, export.get(), request, progress, interrupt.token());
                    } else {
                        report = service.importPath(file, request, progress, interrupt.token());
                    }
                } catch (UserError | IOException e) {
                    progress.done();
                    err.println(file + ": " + (e instanceof UserError ? e.getMessage() : PostlensCli.userMessage(e)));
                    err.flush();
                    continue;
                }
                progress.done();
                printReport(out, file, report);
                imported += report.postsAdded() + report.duplicates()
                        + (report.outcome() == ImportReport.Outcome.ALREADY_IMPORTED ? 1 : 0);
                if (report.outcome() == ImportReport.Outcome.CANCELLED) {
                    out.println("Cancelled; run the same command again to resume.");
                    out.flush();
                    return ExitCodes.CANCELLED;
                }
            }
            long totalProblems = project.imports().problemCount(null);
            if (totalProblems > 0) {
                out.printf("All %,d recorded problems: postlens problems %s%n", totalProblems, projectFile);
            }
            out.flush();
        }
        return imported > 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private Project openOrCreate() throws Exception {
        if (Files.isDirectory(projectFile)) {
            throw new UserError(projectFile + " is a folder; give the project file to create or add to, e.g. news.postlens");
        }
        return Project.openOrCreate(projectFile);
    }

    private void printReport(PrintWriter out, Path file, ImportReport report) {
        String name = file.getFileName().toString();
        switch (report.outcome()) {
            case ALREADY_IMPORTED -> out.printf("%s: already imported (same content); nothing to do%n", name);
            case CANCELLED, COMPLETED -> out.printf("%s: %,d added, %,d duplicates, %,d rejected, %,d warnings (%,d records)%n",
                    name, report.postsAdded(), report.duplicates(), report.rejected(), report.warnings(),
                    report.records());
        }
        List<ImportProblem> rejected = report.problems().stream()
                .filter(p -> p.severity() == ImportProblem.Severity.REJECTED).limit(PROBLEMS_SHOWN).toList();
        for (ImportProblem problem : rejected) {
            out.printf("  %s:%d: %s — %s%n", problem.file(), problem.line() > 0 ? problem.line() : problem.recordNumber(),
                    problem.reason(), ProblemsCommand.shorten(problem.excerpt(), 100));
        }
        if (report.rejected() > rejected.size()) {
            out.printf("  … %,d more rejected: postlens problems %s%n", report.rejected() - rejected.size(), projectFile);
        }
        out.flush();
    }

    private ReaderOptions readerOptions() {
        ReaderOptions options = ReaderOptions.auto();
        if (encoding != null) {
            try {
                options = options.withCharset(Charset.forName(encoding));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new UserError("--encoding: unknown character encoding '" + encoding
                        + "' (try UTF-8, windows-1256, ISO-8859-1, UTF-16)");
            }
        }
        if (delimiter != null) {
            options = options.withDelimiter(delimiterChar(delimiter));
        }
        return options;
    }

    static char delimiterChar(String value) {
        return switch (value) {
            case "tab", "TAB", "\\t", "\t" -> '\t';
            default -> {
                if (value.length() != 1) {
                    throw new UserError("--delimiter: give one character (or 'tab'), not '" + value + "'");
                }
                yield value.charAt(0);
            }
        };
    }

    private FieldMapping mapping() throws IOException {
        if (preset == null) {
            return null;
        }
        MappingPresets presets = new MappingPresets(AppDirectories.fromEnvironment().presets());
        return presets.load(preset).orElseThrow(() -> {
            List<String> names;
            try {
                names = presets.names();
            } catch (IOException e) {
                names = List.of();
            }
            return new UserError("--preset: no mapping preset named '" + preset + "'"
                    + (names.isEmpty() ? " (none saved yet)" : "; saved presets: " + String.join(", ", names)));
        });
    }
}
