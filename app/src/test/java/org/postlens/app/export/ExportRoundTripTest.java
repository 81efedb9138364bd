package org.postlens.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.MediaRef;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.service.ImportReport;
import org.postlens.app.service.ImportRequest;
import org.postlens.app.service.ImportService;
import org.postlens.app.store.Project;

/**
 * The export's acceptance test: a project built through the real import path, exported to CSV and to JSON Lines,
 * each export imported into a new project, and every post compared field by field, images by their bytes.
 */
class ExportRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void csvExportImportsBackToTheSamePosts() throws Exception {
        roundTrip("out.csv", ExportFormat.CSV);
    }

    @Test
    void jsonlExportImportsBackToTheSamePosts() throws Exception {
        roundTrip("out.jsonl", ExportFormat.JSONL);
    }

    private void roundTrip(String outName, ExportFormat format) throws Exception {
        Path original = importInto(dir.resolve("original.postlens"), writeSourceFile());
        Path out = dir.resolve("export").resolve(outName);
        ExportResult result;
        try (Project project = Project.open(original)) {
            result = new ExportService(project).export(ExportRequest.ofQuery(PostQuery.all(), out, format),
                    ProgressListener.none(), CancellationToken.none());
        }
        assertThat(result.posts()).isEqualTo(SOURCE_ROWS.size());
        // Three stored images, one of them shared by two posts: each written once.
        assertThat(result.imagesWritten()).isEqualTo(3);
        String stem = outName.substring(0, outName.indexOf('.'));
        assertThat(result.mediaFolder()).isEqualTo(out.getParent().resolve(stem + "_media"));
        try (var files = Files.list(result.mediaFolder())) {
            assertThat(files.count()).isEqualTo(3);
        }
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(outName, stem + "_media");
        }

        Path copy = importInto(dir.resolve("copy-" + format + ".postlens"), out);

        try (Project before = Project.open(original); Project after = Project.open(copy)) {
            Map<String, Post> expected = postsBySourceId(before);
            Map<String, Post> actual = postsBySourceId(after);
            assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            assertThat(expected).hasSize(SOURCE_ROWS.size());
            for (Post want : expected.values()) {
                Post got = actual.get(want.sourceId());
                String id = want.sourceId();
                assertThat(got.text()).as("text of %s", id).isEqualTo(want.text());
                assertThat(got.createdAt()).as("created_at of %s", id).isEqualTo(want.createdAt());
                assertThat(got.author()).as("author of %s", id).isEqualTo(want.author());
                assertThat(got.url()).as("url of %s", id).isEqualTo(want.url());
                assertThat(got.likes()).as("likes of %s", id).isEqualTo(want.likes());
                assertThat(got.shares()).as("shares of %s", id).isEqualTo(want.shares());
                assertThat(got.replies()).as("replies of %s", id).isEqualTo(want.replies());
                assertThat(got.views()).as("views of %s", id).isEqualTo(want.views());
                assertThat(got.lang()).as("lang of %s", id).isEqualTo(want.lang());
                assertThat(got.platform()).as("platform of %s", id).isEqualTo(want.platform());
                assertThat(images(after, got)).as("images of %s", id).isEqualTo(images(before, want));
            }
            // The fixture really exercises what it should.
            assertThat(expected.get("p1").text()).contains("\"", ",", "\n", "😀");
            assertThat(expected.get("p1").createdAt()).isEqualTo(Instant.parse("2026-03-14T07:12:00.123Z"));
            assertThat(expected.get("p2").media()).hasSize(2);
            assertThat(expected.get("p3").media()).extracting(MediaRef::url).containsExactly("https://example.org/x.jpg");
            assertThat(after.stats().media()).isEqualTo(3);
        }
    }

    /** What a post shows of its images: stored ones by SHA-256 with their bytes' hash checked, remote ones by URL. */
    private static List<String> images(Project project, Post post) {
        List<String> images = new ArrayList<>();
        for (MediaRef ref : post.media()) {
            if (ref.sha256() != null) {
                byte[] bytes = project.media().find(ref.sha256()).orElseThrow().bytes();
                images.add("sha256:" + ref.sha256() + ":" + bytes.length + ":" + sha256(bytes));
            } else {
                images.add("url:" + ref.url());
            }
        }
        return images;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Post> postsBySourceId(Project project) {
        Map<String, Post> posts = new LinkedHashMap<>();
        project.posts().forEach(PostQuery.all(), post -> posts.put(post.sourceId(), post));
        return posts;
    }

    private static Path importInto(Path projectFile, Path file) throws IOException, Exception {
        try (Project project = Project.create(projectFile)) {
            ImportReport report = new ImportService(project).importFile(file, ImportRequest.auto(),
                    ProgressListener.none(), CancellationToken.none());
            assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.COMPLETED);
            assertThat(report.rejected()).as("rejected rows of %s: %s", file, report.problems()).isZero();
            assertThat(report.warnings()).as("warnings of %s: %s", file, report.problems()).isZero();
        }
        return projectFile;
    }

    private static final List<String> COLUMNS = List.of("id", "text", "created_at", "author", "url", "likes", "shares",
            "replies", "views", "lang", "images");

    private static final List<List<String>> SOURCE_ROWS = List.of(
            List.of("p1", "He said \"it's fake\", then left;\nsecond line 😀 #check", "2026-03-14T09:12:00.123+02:00",
                    "ann_lee", "https://x.com/ann_lee/status/1", "12", "3", "1", "4000", "en", "img/a.png"),
            List.of("p2", "قال الوزير: \"الخبر كاذب\"، وغادر.\nسطر ثانٍ 🤔", "2026-03-14T09:12:00Z",
                    "سارة", "", "", "", "", "", "ar", "img/b.png;img/a.png"),
            List.of("p3", "उन्होंने कहा, \"यह झूठ है\" — बाढ़ का पानी 🌊", "2025-12-31T23:59:59.999-05:30",
                    "ravi", "https://example.org/p3", "0", "0", "0", "0", "hi", "https://example.org/x.jpg"),
            List.of("p4", "no author, no date, no language; a backslash \\ and a tab\there", "", "", "", "7", "", "", "",
                    "", ""),
            List.of("", "A post without an id, only an image", "2026-01-01T00:00:00Z", "anon", "", "", "", "", "", "en",
                    "img/c.png"),
            List.of("p6", "  leading and trailing spaces  ,,, \"\" ", "2026-02-28T12:00:00.5Z", "ann_lee", "", "1", "2",
                    "3", "4", "en", ""));

    /** The source CSV with images in an img/ folder beside it. */
    private Path writeSourceFile() throws IOException {
        Path source = dir.resolve("source");
        Files.createDirectories(source.resolve("img"));
        writePng(source.resolve("img/a.png"), Color.RED);
        writePng(source.resolve("img/b.png"), Color.GREEN);
        writePng(source.resolve("img/c.png"), Color.BLUE);
        Path csv = source.resolve("posts.csv");
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(csv),
                CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).build())) {
            for (List<String> row : SOURCE_ROWS) {
                printer.printRecord(row);
            }
        }
        return csv;
    }

    private static void writePng(Path file, Color color) throws IOException {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 6; y++) {
                image.setRGB(x, y, x == y ? Color.WHITE.getRGB() : color.getRGB());
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }
}
