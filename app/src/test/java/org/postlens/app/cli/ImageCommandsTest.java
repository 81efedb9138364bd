package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.demo.ReusedImageSet;
import org.postlens.app.media.ExifJpeg;

/** {@code images} and {@code image-clusters} on a project imported through the command line. */
class ImageCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void imageClustersNameTheFirstSeenPostAndImagesFindWhereElseAnImageAppears() throws Exception {
        Path project = dir.resolve("p.postlens");
        assertThat(CliRun.of("import", project, posts()).exitCode()).isZero();

        CliRun clusters = CliRun.of("image-clusters", project);
        assertThat(clusters.exitCode()).as(clusters.toString()).isZero();
        JsonNode cluster = JSON.readTree(clusters.out()).get("clusters").get(0);
        assertThat(JSON.readTree(clusters.out()).get("clusters")).hasSize(1);
        assertThat(cluster.get("first_seen").asText()).isEqualTo("a");
        assertThat(cluster.get("posts").asInt()).isEqualTo(3);
        assertThat(cluster.get("members").findValuesAsText("id")).containsExactly("a", "b", "c");

        CliRun similar = CliRun.of("images", project, "--post", "c");
        assertThat(similar.exitCode()).as(similar.toString()).isZero();
        JsonNode matches = JSON.readTree(similar.out()).get("images").get(0).get("matches");
        assertThat(matches.findValuesAsText("id")).containsExactlyInAnyOrder("a", "b", "c");

        String sha = cluster.get("first_image").asText();
        CliRun bySha = CliRun.of("images", project, "--similar-to", sha);
        assertThat(JSON.readTree(bySha.out()).get("images").get(0).get("matches").get(0).get("image").asText())
                .isEqualTo(sha);

        JsonNode summary = JSON.readTree(CliRun.of("images", project).out());
        assertThat(summary.get("images").asInt()).isEqualTo(3);
        assertThat(summary.get("with_gps").asInt()).isEqualTo(1);
        assertThat(summary.get("cameras").get("Nikon D850").asInt()).isEqualTo(1);

        JsonNode shown = JSON.readTree(CliRun.of("images", project, "--show", sha).out());
        assertThat(shown.get("gps").asText()).isEqualTo("-1.292100, 36.821900");
        assertThat(shown.get("tags").findValuesAsText("name")).contains("Make", "GPS Latitude");

        assertThat(CliRun.of("images", project, "--post", "nope").exitCode()).isNotZero();
        assertThat(CliRun.of("image-clusters", project, "--threshold", "99").exitCode()).isNotZero();
    }

    @Test
    void exportFiltersByGpsCameraAndSoftware() throws Exception {
        Path project = dir.resolve("p.postlens");
        CliRun.of("import", project, posts());
        Path out = dir.resolve("gps.csv");

        CliRun export = CliRun.of("export", project, out, "--has-gps");
        assertThat(export.exitCode()).as(export.toString()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("a,");

        CliRun.of("export", project, dir.resolve("nikon.csv"), "--camera", "NIKON");
        assertThat(Files.readAllLines(dir.resolve("nikon.csv"))).hasSize(2);
        CliRun.of("export", project, dir.resolve("none.csv"), "--software", "photoshop");
        assertThat(Files.readAllLines(dir.resolve("none.csv"))).hasSize(1);
    }

    private Path posts() throws Exception {
        List<ReusedImageSet.Sample> pictures = ReusedImageSet.generate(2, 5L);
        BufferedImage scene = pictures.get(0).image();
        byte[] original = new ExifJpeg().camera("NIKON CORPORATION", "Nikon D850").gps(-1.2921, 36.8219)
                .into(ReusedImageSet.jpeg(scene, 85));
        Files.write(dir.resolve("a.jpg"), original);
        Files.write(dir.resolve("b.jpg"), ReusedImageSet.jpeg(ReusedImageSet.captionedHalfSize(scene), 40));
        Files.write(dir.resolve("c.jpg"), ReusedImageSet.jpeg(ReusedImageSet.captionedHalfSize(scene), 60));
        return Files.writeString(dir.resolve("posts.csv"), """
                id,created_at,text,image
                a,2026-03-01T08:00:00Z,first,a.jpg
                b,2026-03-02T08:00:00Z,second,b.jpg
                c,2026-03-03T08:00:00Z,third,c.jpg
                """, StandardCharsets.UTF_8);
    }
}
