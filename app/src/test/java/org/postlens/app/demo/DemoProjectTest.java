package org.postlens.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.resources.DemoData;

class DemoProjectTest {

    @Test
    void writesThePostsAndEveryImageTheyName(@TempDir Path dir) throws IOException {
        Path posts = DemoProject.materialize(dir.resolve("demo"));

        assertThat(posts).isEqualTo(dir.resolve("demo").resolve("posts.jsonl"));
        try (InputStream shipped = DemoData.openPosts()) {
            assertThat(Files.readAllBytes(posts)).isEqualTo(shipped.readAllBytes());
        }
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = Files.readAllLines(posts, StandardCharsets.UTF_8);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(300);
        int imagesNamed = 0;
        for (String line : lines) {
            for (JsonNode image : mapper.readTree(line).path("images")) {
                Path file = posts.getParent().resolve(image.asText());
                assertThat(file).as(image.asText()).isRegularFile();
                assertThat(ImageIO.read(file.toFile())).as(image.asText()).isNotNull();
                imagesNamed++;
            }
        }
        assertThat(imagesNamed).isPositive();
    }

    @Test
    void canBeRunTwiceIntoTheSameFolder(@TempDir Path dir) throws IOException {
        DemoProject.materialize(dir);
        byte[] first = Files.readAllBytes(dir.resolve("images/flood-street-01.png"));
        DemoProject.materialize(dir);
        assertThat(Files.readAllBytes(dir.resolve("images/flood-street-01.png"))).isEqualTo(first);
    }
}
