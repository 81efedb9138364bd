package org.postlens.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.ImportStatus;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.Progress;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.Project;

class ImportServiceTest {

    @TempDir
    Path dir;

    @Test
    void importsValidRowsAndRecordsEveryRejectedOneWithItsLine() throws Exception {
        Path csv = write("posts.csv", """
                id,text,created_at,author,likes,lang
                1,"First post, with a comma",2026-03-01T10:00:00Z,ann,5,en
                2,"A post
                over two lines",2026-03-01T11:00:00+03:00,bob,7,en
                3,too,many,fields,here,x,y
                4,"فيضان في المدينة",2026-03-02 09:30,sara,1.2K,ar
                5,,2026-03-02,ann,0,en
                6,"बाढ़ का पानी",not a date,ravi,3,hi
                """);
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportReport report = service(project).importFile(csv, ImportRequest.auto(), ProgressListener.none(),
                    CancellationToken.none());

            assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.COMPLETED);
            assertThat(report.postsAdded()).isEqualTo(4);
            assertThat(report.rejected()).isEqualTo(2);
            assertThat(report.warnings()).isEqualTo(1);
            assertThat(project.stats().posts()).isEqualTo(4);
            assertThat(project.stats().importErrors()).isEqualTo(2);

            List<ImportProblem> problems = project.imports().problems(null, 0, 10);
            ImportProblem wrongWidth = problems.stream().filter(p -> p.recordNumber() == 3).findFirst().orElseThrow();
            assertThat(wrongWidth.file()).isEqualTo("posts.csv");
            assertThat(wrongWidth.line()).isEqualTo(5);
            assertThat(wrongWidth.severity()).isEqualTo(ImportProblem.Severity.REJECTED);
            assertThat(wrongWidth.excerpt()).contains("too,many");

            Post twoLines = project.posts().findBySourceId("", "2").orElseThrow();
            assertThat(twoLines.text()).isEqualTo("A post\nover two lines");
            assertThat(twoLines.createdAt()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
            Post arabic = project.posts().findBySourceId("", "4").orElseThrow();
            assertThat(arabic.likes()).isEqualTo(1200);
            assertThat(arabic.lang()).isEqualTo("ar");
            Post hindi = project.posts().findBySourceId("", "6").orElseThrow();
            assertThat(hindi.createdAt()).isNull();
            assertThat(hindi.raw()).contains("not a date");
            assertThat(project.posts().count(PostQuery.all().withSearch("فيضان"))).isEqualTo(1);
        }
    }

    @Test
    void importingTheSameFileAgainAddsNothing() throws Exception {
        Path csv = write("posts.csv", "id,text\n1,one\n2,two\n");
        Path copy = Files.copy(csv, dir.resolve("copy-of-posts.csv"));
        Path overlapping = write("more.jsonl", """
                {"id": "2", "text": "two, from another file"}
                {"id": "3", "text": "three"}
                """);
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportService service = service(project);
            service.importFile(csv, ImportRequest.auto(), ProgressListener.none(), CancellationToken.none());
            ImportReport again = service.importFile(copy, ImportRequest.auto(), ProgressListener.none(),
                    CancellationToken.none());
            ImportReport more = service.importFile(overlapping, ImportRequest.auto(), ProgressListener.none(),
                    CancellationToken.none());

            assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
            assertThat(again.postsAdded()).isZero();
            assertThat(more.postsAdded()).isEqualTo(1);
            assertThat(more.duplicates()).isEqualTo(1);
            assertThat(project.stats().posts()).isEqualTo(3);
            assertThat(project.stats().importSources()).isEqualTo(2);
        }
    }

    @Test
    void aCancelledImportKeepsWhatItStoredAndResumesWhereItStopped() throws Exception {
        StringBuilder csv = new StringBuilder("id,text\n");
        int rows = BatchBuilder.RECORDS_PER_BATCH * 3 + 17;
        for (int i = 1; i <= rows; i++) {
            csv.append(i).append(",post number ").append(i).append('\n');
            if (i == 7_000) {
                csv.append("broken,row,with,extra,fields\n");
            }
        }
        Path file = write("big.csv", csv.toString());
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            CancellationToken cancel = new CancellationToken();
            List<Progress> seen = new ArrayList<>();
            ImportReport first = service(project).importFile(file, ImportRequest.auto(), progress -> {
                seen.add(progress);
                cancel.cancel();
            }, cancel);

            assertThat(first.outcome()).isEqualTo(ImportReport.Outcome.CANCELLED);
            assertThat(seen).isNotEmpty();
            assertThat(seen.get(0).total()).isGreaterThanOrEqualTo(rows);
            long afterCancel = project.stats().posts();
            assertThat(afterCancel).isBetween(1L, (long) rows - 1);
            assertThat(project.imports().sources().get(0).status()).isEqualTo(ImportStatus.CANCELLED);

            ImportReport resumed = service(project).importFile(file, ImportRequest.auto(), ProgressListener.none(),
                    CancellationToken.none());
            assertThat(resumed.outcome()).isEqualTo(ImportReport.Outcome.COMPLETED);
            assertThat(resumed.duplicates()).isZero();
            assertThat(project.stats().posts()).isEqualTo(rows);
            assertThat(afterCancel + resumed.postsAdded()).isEqualTo(rows);
            assertThat(project.stats().importErrors()).isEqualTo(1);
            assertThat(project.imports().sources().get(0).status()).isEqualTo(ImportStatus.COMPLETE);
        }
    }

    @Test
    void localImagesAreStoredByContentAndMissingOnesAreWarnings() throws Exception {
        Path images = Files.createDirectories(dir.resolve("pics"));
        png(images.resolve("a.png"), 40, 30);
        Files.copy(images.resolve("a.png"), images.resolve("same-as-a.png"));
        Files.writeString(images.resolve("fake.jpg"), "this is not an image");
        Path csv = write("posts.csv", """
                id,text,image
                1,with an image,pics/a.png
                2,the same image again,pics/same-as-a.png
                3,a missing image,pics/missing.png
                4,not really an image,pics/fake.jpg
                5,a remote image,https://example.org/photo.jpg
                """);
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportReport report = service(project).importFile(csv, ImportRequest.auto(), ProgressListener.none(),
                    CancellationToken.none());

            assertThat(report.postsAdded()).isEqualTo(5);
            assertThat(report.warnings()).isEqualTo(2);
            assertThat(project.stats().media()).isEqualTo(1);
            Post first = project.posts().findBySourceId("", "1").orElseThrow();
            assertThat(first.hasImage()).isTrue();
            assertThat(project.media().find(first.media().get(0).sha256()).orElseThrow().width()).isEqualTo(40);
            assertThat(project.posts().findBySourceId("", "5").orElseThrow().media().get(0).url())
                    .isEqualTo("https://example.org/photo.jpg");
            assertThat(project.imports().problems(null, 0, 10)).extracting(ImportProblem::reason)
                    .anySatisfy(reason -> assertThat(reason).contains("missing.png"))
                    .anySatisfy(reason -> assertThat(reason).contains("fake.jpg").contains("not an image"));
            assertThat(project.posts().count(PostQuery.all().withHasImage(true))).isEqualTo(2);
        }
    }

    @Test
    void aFolderOfImagesBecomesImageOnlyPostsAndBadFilesAreReported() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("screenshots/sub"));
        png(folder.getParent().resolve("one.png"), 20, 20);
        png(folder.resolve("two.png"), 30, 10);
        Files.copy(folder.resolve("two.png"), folder.getParent().resolve("two-again.png"));
        Files.write(folder.resolve("truncated.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.writeString(folder.resolve("notes.txt"), "not an image, not imported");
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportReport report = service(project).importImageFolder(folder.getParent(), ProgressListener.none(),
                    CancellationToken.none());

            assertThat(report.postsAdded()).isEqualTo(2);
            assertThat(report.duplicates()).isEqualTo(1);
            assertThat(report.rejected()).isEqualTo(1);
            assertThat(report.problems().get(0).reason()).contains("truncated.png");
            assertThat(project.stats().media()).isEqualTo(2);
            assertThat(project.posts().count(PostQuery.all().withHasImage(true))).isEqualTo(2);

            ImportReport again = service(project).importImageFolder(folder.getParent(), ProgressListener.none(),
                    CancellationToken.none());
            assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
        }
    }

    private ImportService service(Project project) {
        return new ImportService(project);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void png(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(width / 2, height / 2, 0xFF0000);
        ImageIO.write(image, "png", file.toFile());
    }
}
