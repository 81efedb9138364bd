package org.postlens.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.demo.ReusedImageSet;
import org.postlens.app.domain.ImageCluster;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.SimilarImage;
import org.postlens.app.domain.StoredImageFacts;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.media.ExifJpeg;
import org.postlens.app.media.ImageFactsBackfill;
import org.postlens.app.media.PerceptualHash;
import org.postlens.app.media.ReusedImages;
import org.postlens.app.store.Project;

/** Metadata and fingerprints read at import, the filters they feed, re-used image clusters, and the back-fill job. */
class ImageFactsImportTest {

    @TempDir
    Path dir;

    @Test
    void importReadsMetadataAndFingerprintsThatFeedFiltersAndReusedImageClusters() throws Exception {
        Path csv = postsWithImages();
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            new ImportService(project).importFile(csv, ImportRequest.auto(), ProgressListener.none(), CancellationToken.none());

            Post original = post(project, "1");
            StoredImageFacts facts = project.images().find(original.media().get(0).sha256()).orElseThrow();
            assertThat(facts.metadata().camera()).isEqualTo("Canon EOS 5D");
            assertThat(facts.metadata().software()).isEqualTo("Adobe Photoshop 25.0");
            assertThat(facts.metadata().takenAt()).isEqualTo("2026-03-04T09:30:00+02:00");
            assertThat(facts.metadata().gpsText()).isEqualTo("52.520139, 13.410000");
            assertThat(facts.hasFingerprint()).isTrue();
            assertThat(new ImageFactsBackfill(project).countMissing()).isZero();

            assertThat(ids(project, PostQuery.all().withImages(new PostQuery.ImageFilter(true, null, null))))
                    .containsExactly("1", "2");
            assertThat(ids(project, PostQuery.all().withImages(new PostQuery.ImageFilter(false, null, null))))
                    .containsExactly("3", "4", "5");
            assertThat(ids(project, PostQuery.all().withImages(new PostQuery.ImageFilter(null, "canon", null))))
                    .containsExactly("1", "2");
            assertThat(ids(project, PostQuery.all().withImages(new PostQuery.ImageFilter(null, null, "GIMP"))))
                    .containsExactly("4");
            assertThat(ids(project, PostQuery.all().withImages(new PostQuery.ImageFilter(null, "100%_", null))))
                    .isEmpty();
            assertThat(project.images().cameras()).containsKey("Canon EOS 5D");

            List<ImageCluster> clusters = new ReusedImages(project)
                    .clusters(PerceptualHash.DEFAULT_MAX_DISTANCE, 2, CancellationToken.none());
            assertThat(clusters).hasSize(1);
            assertThat(clusters.get(0).posts()).extracting(Post::sourceId).containsExactly("2", "1", "3");
            assertThat(clusters.get(0).firstSeen().sourceId()).isEqualTo("2");

            List<SimilarImage> similar = new ReusedImages(project)
                    .similarTo(original.media().get(0).sha256(), PerceptualHash.DEFAULT_MAX_DISTANCE);
            assertThat(similar).hasSize(2);
            assertThat(similar.get(0).distance()).isZero();
            assertThat(similar.get(0).sha256()).isEqualTo(original.media().get(0).sha256());
            assertThat(similar).flatExtracting(SimilarImage::posts).extracting(Post::sourceId)
                    .containsExactlyInAnyOrder("1", "2", "3");
        }
    }

    @Test
    void theBackfillReadsImagesOfOlderProjectsStopsWhenCancelledAndResumes() throws Exception {
        Path csv = postsWithImages();
        Path file = dir.resolve("p.postlens");
        try (Project project = Project.create(file)) {
            new ImportService(project).importFile(csv, ImportRequest.auto(), ProgressListener.none(), CancellationToken.none());
        }
        // As a project imported before Postlens read image facts.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM image_hashes");
            sql.execute("DELETE FROM image_metadata");
        }
        try (Project project = Project.open(file)) {
            ImageFactsBackfill backfill = new ImageFactsBackfill(project);
            assertThat(backfill.countMissing()).isEqualTo(3);
            assertThat(new ReusedImages(project).clusters(PerceptualHash.DEFAULT_MAX_DISTANCE, 2, CancellationToken.none()))
                    .isEmpty();

            CancellationToken cancelled = new CancellationToken();
            cancelled.cancel();
            assertThat(backfill.run(ProgressListener.none(), cancelled).cancelled()).isTrue();
            assertThat(backfill.countMissing()).isEqualTo(3);

            List<Long> progress = new java.util.ArrayList<>();
            ImageFactsBackfill.Report report = backfill.run(p -> progress.add(p.done()), CancellationToken.none());
            assertThat(report.read()).isEqualTo(3);
            assertThat(report.cancelled()).isFalse();
            assertThat(progress).last().isEqualTo(3L);
            assertThat(backfill.countMissing()).isZero();
            assertThat(ids(project, PostQuery.all().withImages(new PostQuery.ImageFilter(true, null, null))))
                    .containsExactly("1", "2");
            assertThat(new ReusedImages(project).clusters(PerceptualHash.DEFAULT_MAX_DISTANCE, 2, CancellationToken.none()))
                    .hasSize(1);
        }
    }

    /**
     * Five posts: an original photo with full EXIF (post 1), its re-posts, one the same file posted earlier (2) and one
     * rescaled and captioned (3), an unrelated picture edited in GIMP (4), and a damaged file (5, left out as a warning).
     */
    private Path postsWithImages() throws Exception {
        List<ReusedImageSet.Sample> pictures = ReusedImageSet.generate(2, 99L);
        BufferedImage scene = pictures.get(0).image();
        BufferedImage other = pictures.get(ReusedImageSet.edits() + 1).image();
        byte[] original = new ExifJpeg().camera("Canon", "Canon EOS 5D").software("Adobe Photoshop 25.0")
                .taken("2026:03:04 09:30:00", "+02:00").gps(52.520139, 13.41).into(ReusedImageSet.jpeg(scene, 90));
        Files.write(dir.resolve("original.jpg"), original);
        Files.write(dir.resolve("repost.jpg"), original);
        Files.write(dir.resolve("captioned.jpg"), ReusedImageSet.jpeg(ReusedImageSet.captionedHalfSize(scene), 50));
        Files.write(dir.resolve("other.jpg"), new ExifJpeg().software("GIMP 2.10").into(ReusedImageSet.jpeg(other, 80)));
        Files.write(dir.resolve("broken.jpg"), java.util.Arrays.copyOf(original, 100));
        return Files.writeString(dir.resolve("posts.csv"), """
                id,created_at,text,image
                1,2026-03-04T10:00:00Z,the photo,original.jpg
                2,2026-03-04T09:00:00Z,posted an hour before,repost.jpg
                3,2026-03-05T08:00:00Z,re-shared with a caption,captioned.jpg
                4,2026-03-06T08:00:00Z,another picture,other.jpg
                5,2026-03-07T08:00:00Z,a broken file,broken.jpg
                """, StandardCharsets.UTF_8);
    }

    private static Post post(Project project, String id) {
        return project.posts().findBySourceId("", id).orElseThrow();
    }

    private static List<String> ids(Project project, PostQuery query) {
        return project.posts().page(query.sortedBy(PostQuery.Sort.IMPORT_ORDER, false), 0, 100).stream()
                .map(row -> row.sourceId()).toList();
    }
}
