package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchGalleryCommandTest {

    @Test
    void printsItsFiguresAsJsonOnTheLastLine() throws Exception {
        CliRun run = CliRun.of("bench", "gallery", "--posts", "500");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.outLines();
        JsonNode figures = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(figures.get("posts").asLong()).isEqualTo(500);
        assertThat(figures.get("distinct_images").asInt()).isEqualTo(50);
        assertThat(figures.get("thumbnails").asLong()).as("one per distinct image, made by the import").isEqualTo(50);
        for (String key : List.of("import_s", "first_page_ms", "middle_page_ms", "last_page_ms", "screen_thumbnails_ms",
                "project_mb")) {
            assertThat(figures.get(key)).as(key).isNotNull();
            assertThat(figures.get(key).isNumber()).as(key).isTrue();
            assertThat(figures.get(key).asDouble()).as(key).isPositive();
        }
    }
}
