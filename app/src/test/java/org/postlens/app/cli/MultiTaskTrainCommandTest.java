package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.testing.SharedData;
import org.postlens.app.testing.UseTestHome;

/** train --multitask on two real tasks, a few examples each, one epoch: the pack, its card, and a resume. */
@ExtendWith(UseTestHome.class)
class MultiTaskTrainCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAMultiTaskPackWithEachTasksFigureAndResumesAFinishedRun() throws Exception {
        Path data = SharedData.folder();
        Path pack = dir.resolve("mt-en");
        List<Object> args = List.of("train", "--multitask", "--tasks", "sarcasm,propaganda", "--data", data, "--out", pack,
                "--cap", "48", "--validation-cap", "32", "--epochs", "1", "--max-tokens", "32", "--device", "cpu");

        CliRun train = CliRun.of(args.toArray());

        assertThat(train.exitCode()).as(train.toString()).isZero();
        assertThat(train.err()).contains("sarcasm").contains("48 training (of 2,862)").contains("epoch 1: loss");
        JsonNode json = new ObjectMapper().readTree(train.outLines().get(train.outLines().size() - 1));
        assertThat(json.get("validation").has("sarcasm")).isTrue();
        assertThat(json.get("validation").has("propaganda")).isTrue();
        assertThat(json.get("pack_bytes").asLong()).isBetween(40_000_000L, 50_000_000L);
        assertThat(Files.readString(pack.resolve("model-card.md"), StandardCharsets.UTF_8))
                .contains("| sarcasm | tweeteval | 2 | f1:sarcastic |").contains("Ordering SHUFFLED")
                .contains("## Beside the shipped packs")
                .containsPattern("\\| sarcasm \\| f1:sarcastic \\| \\*{0,2}0\\.\\d{4}\\*{0,2} \\| 0\\.6196 \\| 0\\.6434 \\| 0\\.6517 \\| 0\\.6310 \\| 0\\.5970 \\|");
        assertThat(dir.resolve("mt-en.training").resolve("checkpoint.properties")).exists();

        CliRun resumed = CliRun.of(List.of(args, List.of("--resume")).stream().flatMap(List::stream).toArray());
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        JsonNode again = new ObjectMapper().readTree(resumed.outLines().get(resumed.outLines().size() - 1));
        assertThat(again.get("validation")).isEqualTo(json.get("validation"));

        CliRun noTasks = CliRun.of("train", "--multitask", "--data", data, "--out", dir.resolve("other"));
        assertThat(noTasks.exitCode()).isNotZero();
        assertThat(noTasks.err()).contains("--multitask needs --tasks");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        CliRun notAPack = CliRun.of("train", "--multitask", "--tasks", "sarcasm", "--data", data, "--out", dir);
        assertThat(notAPack.exitCode()).isNotZero();
        assertThat(notAPack.err()).contains("holds files that are not a multi-task pack's");
    }

    @Test
    void comparesTheOrderingsOnASampleThenTrainsOnlyTheBestOnTheFullData() throws Exception {
        Path data = SharedData.folder();
        Path pack = dir.resolve("mt-compared");

        CliRun train = CliRun.of("train", "--multitask", "--tasks", "sarcasm,propaganda", "--data", data, "--out", pack,
                "--cap", "48", "--validation-cap", "32", "--compare-cap", "16", "--ordering", "all", "--epochs", "1",
                "--max-tokens", "32", "--device", "cpu");

        assertThat(train.exitCode()).as(train.toString()).isZero();
        assertThat(train.err()).contains("comparing ordering BY_TASK on at most 16 examples per data set")
                .contains("comparing ordering SHUFFLED").contains("training with ordering");
        JsonNode json = new ObjectMapper().readTree(train.outLines().get(train.outLines().size() - 1));
        assertThat(json.get("orderings").size()).as("the three orderings compared").isEqualTo(3);
        String kept = json.get("ordering").asText();
        double bestCompared = java.util.stream.StreamSupport.stream(json.get("orderings").spliterator(), false)
                .mapToDouble(JsonNode::asDouble).max().orElseThrow();
        assertThat(json.get("orderings").get(kept).asDouble()).as("the full run uses the ordering best on the sample")
                .isEqualTo(bestCompared);
        String card = Files.readString(pack.resolve("model-card.md"), StandardCharsets.UTF_8);
        assertThat(card).contains("compared on at most 16 training examples per data set, 1 epoch")
                .contains("(best: the full run used it)").contains("Ordering " + kept + ": validation mean");
        assertThat(dir.resolve("mt-compared.training").resolve("compare-by_task").resolve("checkpoint.properties")).exists();

        CliRun withoutAll = CliRun.of("train", "--multitask", "--tasks", "sarcasm", "--data", data, "--out",
                dir.resolve("other"), "--compare-cap", "16");
        assertThat(withoutAll.exitCode()).isNotZero();
        assertThat(withoutAll.err()).contains("--compare-cap needs --ordering all");
    }
}
