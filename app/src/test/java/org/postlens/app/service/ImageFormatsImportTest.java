package org.postlens.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.Thumbnail;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.media.TestImages;
import org.postlens.app.media.ThumbnailMaker;
import org.postlens.app.store.Project;

/** Images of each format through the real import into a real project file, and their thumbnails. */
class ImageFormatsImportTest {

    @TempDir
    Path dir;

    private Path folderOfEveryFormat() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("images"));
        Files.write(folder.resolve("photo.jpg"), TestImages.solid("jpeg", 1600, 1200, Color.ORANGE));
        Files.write(folder.resolve("chart.png"), TestImages.transparentPng(500, 500));
        Files.write(folder.resolve("meme.gif"), TestImages.animatedGif(320, 240));
        Files.write(folder.resolve("sticker.webp"), org.postlens.app.media.LosslessWebp.halfGreen(64, 32));
        Files.write(folder.resolve("photo-copy.jpg"), Files.readAllBytes(folder.resolve("photo.jpg")));
        Files.write(folder.resolve("cut.jpg"), TestImages.truncated(TestImages.solid("jpeg", 800, 600, Color.RED), 0.5));
        Files.write(folder.resolve("cut.png"), TestImages.truncated(TestImages.solid("png", 800, 600, Color.RED), 0.5));
        return folder;
    }

    @Test
    void everyFormatIsStoredOnceWithItsThumbnailAndDamagedImagesAreProblems() throws Exception {
        Path folder = folderOfEveryFormat();
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            ImportReport report = new ImportService(project).importImageFolder(folder, ProgressListener.none(),
                    CancellationToken.none());

            assertThat(report.postsAdded()).isEqualTo(4);
            assertThat(report.duplicates()).as("the copy of photo.jpg").isEqualTo(1);
            assertThat(report.rejected()).isEqualTo(2);
            assertThat(report.problems()).extracting(ImportProblem::reason)
                    .anySatisfy(reason -> assertThat(reason).startsWith("cut.jpg: the image is damaged or truncated"))
                    .anySatisfy(reason -> assertThat(reason).startsWith("cut.png: the image is damaged or truncated"));
            assertThat(project.stats().media()).isEqualTo(4);
            assertThat(project.thumbnails().count(ThumbnailMaker.SIZE)).as("made by the import").isEqualTo(4);

            ThumbnailService thumbnails = new ThumbnailService(project);
            List<PostRow> rows = project.posts().page(PostQuery.all(), 0, 10);
            for (PostRow row : rows) {
                Optional<Thumbnail> thumbnail = thumbnails.forPost(row.id());
                assertThat(thumbnail).as("post %s", row.sourceId()).isPresent();
                assertThat(Math.max(thumbnail.get().width(), thumbnail.get().height())).isLessThanOrEqualTo(256);
            }
            assertThat(thumbnails.decodes()).as("every thumbnail was stored by the import").isZero();
        }
    }

    @Test
    void aProjectWithoutThumbnailsGetsThemOnFirstRequestOneDecodePerImage() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("big"));
        Files.write(folder.resolve("large.png"), TestImages.solid("png", 4000, 3000, Color.MAGENTA));
        Path file = dir.resolve("old.postlens");
        try (Project project = Project.create(file)) {
            new ImportService(project).importImageFolder(folder, ProgressListener.none(), CancellationToken.none());
        }
        // As a project imported before thumbnails were kept.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM thumbnails");
        }
        try (Project project = Project.open(file)) {
            long postId = project.posts().page(PostQuery.all(), 0, 1).get(0).id();
            ThumbnailService thumbnails = new ThumbnailService(project);
            int callers = 6;
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<Thumbnail>>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return thumbnails.forPost(postId);
                }));
            }
            start.countDown();
            byte[] first = results.get(0).get().orElseThrow().bytes();
            for (Future<Optional<Thumbnail>> result : results) {
                assertThat(result.get().orElseThrow().bytes()).isEqualTo(first);
            }
            pool.shutdown();
            assertThat(thumbnails.decodes()).as("six callers at once, one decode").isEqualTo(1);
            assertThat(project.thumbnails().count(ThumbnailMaker.SIZE)).isEqualTo(1);
            assertThat(new ThumbnailService(project).forPost(postId)).as("stored in the project").isPresent();
        }
        try (Project project = Project.open(file)) {
            assertThat(project.thumbnails().count(ThumbnailMaker.SIZE)).as("kept in the file").isEqualTo(1);
        }
    }
}
