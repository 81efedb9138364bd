package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.testing.StandInModelPacks;
import org.postlens.app.testing.UseTestHome;

/**
 * {@code postlens models} lists packs without running them, so the packs here hold a stand-in model file:
 * what is checked is the folder (files, sha256, card, labels), as model-runtime's catalog tests do with real models.
 */
@ExtendWith(UseTestHome.class)
class ModelsCommandTest {

    @TempDir
    Path dir;

    /** DJL's cache dir is fixed per process: the model-using tests share the one inside target/. */

    @Test
    void withoutPacksOfYourOwnItListsTheShippedOnesAndTheBuiltInEncoder() {
        CliRun run = CliRun.of("models");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Built in: all-MiniLM-L6-v2").doesNotContain("cannot be used");
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line.split("\\s+"))
                .containsExactly("sentiment-hi", "sentiment", "hi", "PyTorch", "1.0.0", "shipped"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line.split("\\s+"))
                .containsExactly("stance-climate-en", "stance:climate", "en", "PyTorch", "1.0.0", "shipped"));
    }

    @Test
    void listsGoodPacksAsATableAndBrokenOnesWithTheirError() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        StandInModelPacks.pack(packs, "sentiment-en", "sentiment", "en", null);
        StandInModelPacks.pack(packs, "stance-en", "stance", "en", "0".repeat(64));

        CliRun run = CliRun.of("models", "--models", packs);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("ID").contains("TASK", "LANGUAGES", "ENGINE", "VERSION", "ORIGIN"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line.split("\\s+"))
                .containsExactly("sentiment-en", "sentiment", "en", "OnnxRuntime", "1.0.0", "user"));
        assertThat(run.out()).contains("1 pack cannot be used:", "stance-en (user, ", "model.onnx sha256 is ");
    }

    @Test
    void jsonHasEveryPackAndTheInvalidOnesFromSeveralFolders() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        StandInModelPacks.pack(first, "sentiment-en", "sentiment", "en", null);
        StandInModelPacks.pack(second, "hate-ar", "hate", "ar", null);
        Files.delete(second.resolve("hate-ar").resolve("tokenizer.json"));
        Path single = StandInModelPacks.pack(dir, "irony-en", "irony", "en", null);

        CliRun run = CliRun.of("models", "--models", first, "--models", second, "--models", single,
                "--models", dir.resolve("missing"), "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("built_in").path("id").asText()).isEqualTo("all-MiniLM-L6-v2");
        List<JsonNode> packs = new ArrayList<>();
        json.path("packs").forEach(packs::add);
        List<JsonNode> users = packs.stream().filter(pack -> pack.path("origin").asText().equals("user")).toList();
        assertThat(users).extracting(pack -> pack.path("id").asText()).containsExactly("irony-en", "sentiment-en");
        // a pack of the user's replaces the shipped pack with its id, even one that cannot be used
        assertThat(packs).extracting(pack -> pack.path("id").asText()).doesNotHaveDuplicates().doesNotContain("hate-ar");
        JsonNode sentiment = users.get(1);
        assertThat(sentiment.path("id").asText()).isEqualTo("sentiment-en");
        assertThat(sentiment.path("task").asText()).isEqualTo("sentiment");
        assertThat(sentiment.path("languages").toString()).isEqualTo("[\"en\"]");
        assertThat(sentiment.path("engine").asText()).isEqualTo("OnnxRuntime");
        assertThat(sentiment.path("version").asText()).isEqualTo("1.0.0");
        assertThat(sentiment.path("origin").asText()).isEqualTo("user");
        assertThat(sentiment.path("labels").toString()).isEqualTo("[\"negative\",\"positive\"]");
        assertThat(json.path("invalid")).hasSize(2);
        assertThat(json.path("invalid").toString()).contains("tokenizer.json is missing", "does not exist");
    }
}
