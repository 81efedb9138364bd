package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.postlens.app.cli.bench.GalleryBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code postlens bench gallery}: the gallery's reads on a project of N posts with images. */
@Command(name = "gallery", mixinStandardHelpOptions = true,
        description = {"Import N synthetic posts, each with one of up to 300 distinct images, then time what the",
                "gallery reads: count and first page, a page in the middle and at the end, one screen of thumbnails.",
                "The last line of output is one JSON object with the figures."})
public final class BenchGalleryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--posts", paramLabel = "N", defaultValue = "100000",
            description = "Number of posts with images (default: ${DEFAULT-VALUE}).")
    long posts;

    @Override
    public Integer call() throws Exception {
        if (posts < 1) {
            throw new UserError("--posts must be at least 1, not " + posts);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path workDir = Files.createTempDirectory("postlens-bench-gallery-");
        try (CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            TerminalProgress progress = TerminalProgress.onTerminal(spec.commandLine().getErr(), "records");
            GalleryBenchmark.Result result = new GalleryBenchmark(workDir).run(posts, progress, interrupt.token());
            progress.done();
            out.printf("Imported %,d posts with %d distinct images in %.1f s%n", result.posts(), result.distinctImages(),
                    result.importSeconds());
            out.printf("Gallery: first page %.1f ms, middle page %.1f ms, last page %.1f ms, %d stored thumbnails %.1f ms%n",
                    result.firstPageMillis(), result.middlePageMillis(), result.lastPageMillis(),
                    GalleryBenchmark.SCREEN_TILES, result.screenThumbnailsMillis());
            out.println(json(result));
            out.flush();
            return ExitCodes.OK;
        } finally {
            BenchImportCommand.deleteTree(workDir);
        }
    }

    static String json(GalleryBenchmark.Result result) throws IOException {
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("posts", result.posts());
        json.put("distinct_images", result.distinctImages());
        json.put("import_s", Math.round(result.importSeconds() * 10) / 10.0);
        json.put("thumbnails", result.thumbnails());
        json.put("first_page_ms", Math.round(result.firstPageMillis() * 10) / 10.0);
        json.put("middle_page_ms", Math.round(result.middlePageMillis() * 10) / 10.0);
        json.put("last_page_ms", Math.round(result.lastPageMillis() * 10) / 10.0);
        json.put("screen_thumbnails_ms", Math.round(result.screenThumbnailsMillis() * 10) / 10.0);
        json.put("project_mb", Math.round(result.projectBytes() / 1e5) / 10.0);
        return new ObjectMapper().writeValueAsString(json);
    }
}
