package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.postlens.app.media.ocr.OcrJob;
import org.postlens.app.media.ocr.OcrLanguages;
import org.postlens.app.media.ocr.OcrReport;
import org.postlens.app.media.ocr.OcrUnavailableException;
import org.postlens.app.media.ocr.TesseractEngine;
import org.postlens.app.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postlens ocr PROJECT}: the text in every image, stored and searchable with its posts, resumable. */
@Command(name = "ocr", mixinStandardHelpOptions = true,
        description = {"Read the text in every image with Tesseract 5; posts are then found by the words in their images.",
                "Safe to interrupt: running it again reads only the images still missing."})
public final class OcrCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens).")
    Path projectFile;

    @Option(names = "--langs", paramLabel = "LIST",
            description = {"Tesseract languages for every image, e.g. eng or eng,ara,hin.",
                    "Default: English plus each image's post language (Arabic, Hindi); all three when unknown."})
    String languages;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Images read at once, each thread with its own Tesseract (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + OcrJob.DEFAULT_BATCH_SIZE,
            description = "Images stored together (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (threads <= 0 || batchSize <= 0) {
            throw new UserError("--threads and --batch must be 1 or more");
        }
        OcrLanguages fixed;
        try {
            fixed = languages == null ? null : OcrLanguages.parse(languages);
        } catch (IllegalArgumentException e) {
            throw new UserError("--langs: " + e.getMessage());
        }
        TesseractEngine engine;
        try {
            engine = TesseractEngine.open(fixed == null ? OcrLanguages.REQUIRED_BY_DEFAULT : fixed);
        } catch (OcrUnavailableException e) {
            throw new UserError(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        TerminalProgress progress = TerminalProgress.onTerminal(spec.commandLine().getErr(), "images");
        try (Project project = ProjectArgument.openExisting(projectFile);
             CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            long start = System.nanoTime();
            OcrReport report;
            try {
                report = new OcrJob(project, engine, fixed, threads, batchSize).run(progress, interrupt.token());
            } finally {
                progress.done();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.println(json ? json(report, engine, threads, seconds) : summary(report, engine));
            out.flush();
            return ExitCodes.OK;
        }
    }

    static String summary(OcrReport report, TesseractEngine engine) {
        String with = "Tesseract " + engine.version() + " (" + report.languages() + ")";
        String indexed = report.postsIndexed() == 0 ? "" : String.format(
                " %,d posts are now found by the text in their images.", report.postsIndexed());
        if (report.run() == null) {
            return String.format("Nothing to do: all %,d images are read with %s.", report.alreadyRead(), with) + indexed;
        }
        String waiting = report.waiting() == 0 ? "" : " " + report.waitingExplanation();
        if (report.read() == 0 && report.waiting() > 0) {
            return "Read no images." + waiting + indexed;
        }
        String problems = report.problems() == 0 ? "" : String.format(
                " %,d could not be read (damaged or unsupported).", report.problems());
        return String.format("Read %,d images with %s in run %d: %,d with text (%,d were already read).",
                report.read(), with, report.run().id(), report.withText(), report.alreadyRead()) + problems + indexed + waiting;
    }

    static String json(OcrReport report, TesseractEngine engine, int threads, double seconds) {
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("engine", "tesseract " + engine.version());
        json.put("languages", report.languages());
        json.put("threads", threads);
        json.put("run", report.run() == null ? null : report.run().id());
        json.put("images_read", report.read());
        json.put("with_text", report.withText());
        json.put("problems", report.problems());
        json.put("already_read", report.alreadyRead());
        json.put("posts_indexed", report.postsIndexed());
        json.put("waiting_for_language_data", report.waiting());
        var missingLanguages = json.putArray("missing_languages");
        report.missingLanguages().forEach(missingLanguages::add);
        json.put("seconds", Math.round(seconds * 100) / 100.0);
        json.put("images_per_s", report.read() == 0 ? 0 : Math.round(report.read() / seconds * 100) / 100.0);
        return json.toString();
    }
}
