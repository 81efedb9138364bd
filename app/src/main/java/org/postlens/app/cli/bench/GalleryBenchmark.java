package org.postlens.app.cli.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.service.ImportRequest;
import org.postlens.app.service.ImportService;
import org.postlens.app.service.ThumbnailService;
import org.postlens.app.store.Project;

/**
 * What the gallery costs on a large project: N posts each with one of a few hundred images (as a collection with
 * re-used images has), imported through the real path; then the gallery's reads as the UI does them: count and
 * first page, a page in the middle and at the end (Home/End), and one screen of stored thumbnails.
 */
public final class GalleryBenchmark {

    public static final int SCREEN_TILES = 40;
    private static final int PAGE_SIZE = 200;

    public record Result(long posts, int distinctImages, double importSeconds, long thumbnails, double firstPageMillis,
                         double middlePageMillis, double lastPageMillis, double screenThumbnailsMillis, long projectBytes) {}

    private final Path workDir;

    public GalleryBenchmark(Path workDir) {
        this.workDir = workDir;
    }

    public Result run(long posts, ProgressListener progress, CancellationToken cancellation) throws Exception {
        int distinct = (int) Math.min(300, Math.max(1, posts / 10));
        Path csv = writeCsv(posts, distinct);
        Path file = workDir.resolve("gallery.postlens");
        long start = System.nanoTime();
        try (Project project = Project.create(file)) {
            new ImportService(project).importFile(csv, ImportRequest.auto(), progress, cancellation);
        }
        double importSeconds = (System.nanoTime() - start) / 1e9;
        try (Project project = Project.open(file)) {
            PostQuery query = PostQuery.all().withHasImage(true);
            start = System.nanoTime();
            long count = project.posts().count(query);
            project.posts().page(query, 0, PAGE_SIZE);
            double first = (System.nanoTime() - start) / 1e6;
            double middle = timePage(project, query, count / 2);
            double last = timePage(project, query, Math.max(0, count - 1));
            List<PostRow> screen = project.posts().page(query, count / 2, SCREEN_TILES);
            ThumbnailService thumbnails = new ThumbnailService(project);
            start = System.nanoTime();
            for (PostRow row : screen) {
                thumbnails.forPost(row.id()).orElseThrow(() -> new IllegalStateException("no thumbnail for post " + row.id()));
            }
            double screenMillis = (System.nanoTime() - start) / 1e6;
            long stored = project.thumbnails().count(org.postlens.app.media.ThumbnailMaker.SIZE);
            return new Result(count, distinct, importSeconds, stored, first, middle, last, screenMillis, Files.size(file));
        }
    }

    private static double timePage(Project project, PostQuery query, long index) {
        long start = System.nanoTime();
        project.posts().page(query, index / PAGE_SIZE * PAGE_SIZE, PAGE_SIZE);
        return (System.nanoTime() - start) / 1e6;
    }

    private Path writeCsv(long posts, int distinct) throws IOException {
        Path images = Files.createDirectories(workDir.resolve("images"));
        for (int i = 0; i < distinct; i++) {
            BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = image.createGraphics();
            graphics.setColor(new Color(Color.HSBtoRGB(i / (float) distinct, 0.6f, 0.9f)));
            graphics.fillRect(0, 0, 800, 600);
            graphics.setColor(Color.WHITE);
            graphics.fillOval(100 + i % 500, 100, 200, 200);
            graphics.dispose();
            ImageIO.write(image, "jpeg", images.resolve("img" + i + ".jpg").toFile());
        }
        Path csv = workDir.resolve("posts.csv");
        try (var writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            writer.write("id,created_at,author,text,lang,image\n");
            for (long i = 0; i < posts; i++) {
                writer.write(String.format(Locale.ROOT, "%d,2026-03-%02dT%02d:%02d:00Z,user%d,photo of the flood %d,%s,images/img%d.jpg%n",
                        i, 1 + i % 28, i % 24, i % 60, i % 500, i, i % 2 == 0 ? "en" : "ar", i % distinct));
            }
        }
        return csv;
    }

}
