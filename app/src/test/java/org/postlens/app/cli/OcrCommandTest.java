package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.media.ocr.OcrLanguages;
import org.postlens.app.media.ocr.OcrTestSupport;

class OcrCommandTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void tesseractInstalled() {
        OcrTestSupport.engineOrSkip(OcrLanguages.ALL);
    }

    @Test
    void readsTheImagesOnceAndExportFindsThePostByAWordInItsImage() throws Exception {
        Files.write(dir.resolve("notice.png"), OcrTestSupport.image("Evacuation centre opens at noon"));
        Files.writeString(dir.resolve("posts.csv"), """
                id,text,lang,image
                1,See the notice,en,notice.png
                2,Nothing to read here,en,
                """);
        Path project = dir.resolve("ocr.postlens");
        assertThat(CliRun.of("import", project, dir.resolve("posts.csv")).exitCode()).isZero();

        CliRun first = CliRun.of("ocr", project, "--json");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        String[] lines = first.out().strip().split("\n");
        JsonNode result = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(result.get("images_read").asLong()).isEqualTo(1);
        assertThat(result.get("with_text").asLong()).isEqualTo(1);
        assertThat(result.get("languages").asText()).isEqualTo("from each post's language");
        assertThat(result.get("engine").asText()).startsWith("tesseract 5.");

        CliRun again = CliRun.of("ocr", project);
        assertThat(again.out()).startsWith("Nothing to do: all 1 images are read with Tesseract");

        Path found = dir.resolve("found.csv");
        assertThat(CliRun.of("export", project, found, "--search", "evacuation").exitCode()).isZero();
        assertThat(Files.readString(found)).contains("See the notice").doesNotContain("Nothing to read here");
    }

    @Test
    void missingLanguageDataSaysWhatToInstallAndChangesNothing() throws Exception {
        Files.writeString(dir.resolve("posts.csv"), "id,text\n1,hello\n");
        Path project = dir.resolve("ocr.postlens");
        assertThat(CliRun.of("import", project, dir.resolve("posts.csv")).exitCode()).isZero();

        CliRun run = CliRun.of("ocr", project, "--langs", "eng,xyz");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("xyz.traineddata").contains("sudo apt install tesseract-ocr-xyz")
                .doesNotContain("Exception");
        assertThat(CliRun.of("info", project).exitCode()).isZero();
    }

    @Test
    void theBenchReportsImagesPerSecondPerLanguageChoiceOnItsLastLine() throws Exception {
        CliRun run = CliRun.of("bench", "ocr", "--images", "3");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        String[] lines = run.out().strip().split("\n");
        JsonNode result = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(result.get("images").asInt()).isEqualTo(3);
        assertThat(result.get("own_language_images_per_s").asDouble()).isPositive();
        assertThat(result.get("all_three_images_per_s").asDouble()).isPositive();
        assertThat(result.get("own_language_2_threads_images_per_s").asDouble()).isPositive();
    }
}
