package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.testing.SharedData;
import org.postlens.app.testing.UseTestHome;

/** {@code train} then {@code eval}, in-process, on real packs trained with the real DJL PyTorch engine. */
@ExtendWith(UseTestHome.class)
class TrainEvalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    /** DJL's cache dir is fixed per process: the model-using tests share the one inside target/. */

    /** Two topics a bag of words tells apart, and a few rows that cannot be used. */
    private Path labelledFile(String name, int rows) throws IOException {
        StringBuilder csv = new StringBuilder("id,text,label\n");
        for (int i = 0; i < rows; i++) {
            csv.append(i).append(",\"");
            csv.append(i % 2 == 0 ? "the river flooded the street, water everywhere " + i
                    : "the match ended with a late goal for the home team " + i);
            csv.append("\",").append(i % 2 == 0 ? "flood" : "football").append('\n');
        }
        csv.append("900,,flood\n");
        csv.append("901,\"a broken \"quote\" row,football\n");
        return Files.writeString(dir.resolve(name), csv.toString(), StandardCharsets.UTF_8);
    }

    private static JsonNode lastLine(String out) throws IOException {
        List<String> lines = out.lines().toList();
        return JSON.readTree(lines.get(lines.size() - 1));
    }

    @Test
    void trainsOnAFileOfTheUsersOwnAndEvaluatesThePack() throws IOException {
        Path data = labelledFile("labels.csv", 80);
        Path pack = dir.resolve("topics-en");

        CliRun train = CliRun.of("train", "--task", "flood-or-football", "--data", data, "--lang", "en", "--out", pack,
                "--family", "ngram", "--seed", 7);

        assertThat(train.exitCode()).as(train.toString()).isZero();
        assertThat(train.err()).contains("72 training and 8 validation examples (10% of the training rows, stratified "
                + "by label, seed 7)").contains("2 rows left out");
        JsonNode summary = lastLine(train.out());
        assertThat(summary.path("pack").asText()).isEqualTo("topics-en");
        assertThat(summary.path("metric").asText()).isEqualTo("macro_f1");
        assertThat(summary.path("validation").asDouble()).isEqualTo(1.0);
        JsonNode card = JSON.readTree(pack.resolve("model-card.json").toFile());
        assertThat(card.path("task").asText()).isEqualTo("flood-or-football");
        assertThat(card.path("seed").asLong()).isEqualTo(7);
        assertThat(card.path("date").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(card.path("trainingData").path("name").asText()).isEqualTo("labels.csv");
        assertThat(card.path("trainingData").path("licence").asText()).isEqualTo("the user's own data");
        assertThat(card.path("trainingData").path("rowsLeftOut").asInt()).isEqualTo(2);
        assertThat(card.has("reference")).isFalse();

        Path heldOut = labelledFile("held-out.csv", 20);
        CliRun eval = CliRun.of("eval", "--pack", pack, "--data", heldOut);

        assertThat(eval.exitCode()).as(eval.toString()).isZero();
        assertThat(eval.out()).contains("every row (20), 20 examples (2 unreadable rows left out)")
                .contains("macro_f1     1.0000   (the task's metric)").containsPattern("flood\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+10");
        JsonNode figures = lastLine(eval.out());
        assertThat(figures.path("examples").asInt()).isEqualTo(20);
        assertThat(figures.path("value").asDouble()).isEqualTo(1.0);
        assertThat(figures.path("per_label").path("football").path("support").asInt()).isEqualTo(10);

        CliRun json = CliRun.of("eval", "--pack", pack, "--data", heldOut, "--json");
        assertThat(json.outLines()).hasSize(1);
    }

    @Test
    void aTargetGoesIntoThePackAndNamesItsTaskKey() throws IOException {
        Path pack = dir.resolve("opinion-floods-en");

        CliRun train = CliRun.of("train", "--task", "opinion", "--target", "floods", "--data", labelledFile("labels.csv", 40),
                "--lang", "en", "--out", pack, "--family", "ngram");

        assertThat(train.exitCode()).as(train.toString()).isZero();
        assertThat(lastLine(train.out()).path("target").asText()).isEqualTo("floods");
        assertThat(JSON.readTree(pack.resolve("model-card.json").toFile()).path("target").asText()).isEqualTo("floods");
        assertThat(Files.readString(pack.resolve("serving.properties"))).contains("postlens.target=floods");
        CliRun models = CliRun.of("models", "--models", dir, "--json");
        assertThat(models.out()).contains("\"task\":\"opinion:floods\"");

        CliRun badTarget = CliRun.of("train", "--task", "stance", "--target", "Climate Change", "--data", dir,
                "--lang", "en", "--out", dir.resolve("q"));
        assertThat(badTarget.err()).contains("--target Climate Change must be lower-case letters");
    }

    @Test
    void mistakesGetOneClearLine() throws IOException {
        Path data = labelledFile("labels.csv", 20);

        CliRun encoderForArabic = CliRun.of("train", "--task", "x", "--data", data, "--lang", "ar", "--out",
                dir.resolve("p"), "--family", "encoder");
        assertThat(encoderForArabic.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(encoderForArabic.err()).contains("postlens: the sentence encoder reads English only");

        CliRun noLanguage = CliRun.of("train", "--task", "x", "--data", data, "--out", dir.resolve("p"));
        assertThat(noLanguage.err()).contains("postlens: say which language the texts of labels.csv are in with --lang");

        CliRun unknownTask = CliRun.of("train", "--task", "popularity", "--data", dir, "--out", dir.resolve("p"));
        assertThat(unknownTask.err()).contains("postlens: unknown task 'popularity'");

        Path notAPack = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(notAPack.resolve("holiday.jpg"), "not a pack");
        CliRun occupied = CliRun.of("train", "--task", "x", "--lang", "en", "--data", data, "--out", notAPack);
        assertThat(occupied.err()).contains("holds files that are not a trained pack's (holiday.jpg)");
        assertThat(notAPack.resolve("holiday.jpg")).exists();

        Path tiny = Files.writeString(dir.resolve("tiny.csv"), "text,label\nthe dam holds,positive\n");
        CliRun tooSmall = CliRun.of("train", "--task", "x", "--lang", "en", "--data", tiny, "--out", dir.resolve("p"));
        assertThat(tooSmall.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(tooSmall.err()).contains("tiny.csv is too small to train on: it gave 1 training and 0 validation examples")
                .doesNotContain("Exception");

        CliRun noPack = CliRun.of("eval", "--pack", "no-such-pack", "--data", data);
        assertThat(noPack.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(noPack.err()).contains("no shipped pack with id 'no-such-pack'");
        assertThat(dir.resolve("p")).doesNotExist();
    }

    @Test
    void autoTriesEveryFamilyForEnglishAndTheCardCarriesTheReferenceFigures() throws IOException {
        Path abortion = SharedData.dataSet("tweeteval").resolve("stance/abortion");
        Path pack = dir.resolve("stance-abortion-en");

        CliRun train = CliRun.of("train", "--task", "stance", "--data", abortion, "--out", pack);

        assertThat(train.exitCode()).as(train.toString()).isZero();
        JsonNode summary = lastLine(train.out());
        assertThat(summary.path("families").size()).isEqualTo(3);
        assertThat(summary.path("metric").asText()).isEqualTo("mean_f1:against,favor");
        JsonNode card = JSON.readTree(pack.resolve("model-card.json").toFile());
        assertThat(card.path("reference").path("fasttext").asDouble()).isEqualTo(0.654);
        assertThat(card.path("reference").path("roberta_base").asDouble()).isEqualTo(0.680);
        assertThat(card.path("trainingData").path("name").asText()).contains("target abortion");
        assertThat(card.path("familiesTried").size()).isEqualTo(3);

        CliRun eval = CliRun.of("eval", "--pack", pack, "--data", abortion, "--json");

        assertThat(eval.exitCode()).as(eval.toString()).isZero();
        JsonNode figures = lastLine(eval.out());
        assertThat(figures.path("examples").asInt()).isEqualTo(66);
        assertThat(figures.path("value").asDouble())
                .isEqualTo(card.path("metrics").path("validation").path("mean_f1:against,favor").asDouble());
        assertThat(figures.path("reference_test").path("fasttext").asDouble()).isEqualTo(0.654);
    }
}
