package org.postlens.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.resources.TaskDefinitions;
import org.postlens.runtime.train.LabelledText;

class UserFileReaderTest {

    @TempDir
    Path dir;

    private final TrainingDataSources sources = new TrainingDataSources(TaskDefinitions.shipped());

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aCsvForAKnownTaskUsesTheTasksLabelsAndAValidationFile() throws IOException {
        Path train = write("train.csv", """
                id,text,label
                1,What a lovely day,positive
                2,This is awful,negative
                3,,neutral
                4,The bus leaves at 9,neutral
                5,Meh,grumpy
                """);
        Path validation = write("val.csv", "text,label\nGreat news,positive\n");

        LabelledDataSet set = sources.read(train, validation, new DataSetRequest("sentiment", "en", 1));

        assertThat(set.data().labels()).containsExactly("negative", "neutral", "positive");
        assertThat(set.data().train()).containsExactly(LabelledText.of("What a lovely day", "positive"),
                LabelledText.of("This is awful", "negative"), LabelledText.of("The bus leaves at 9", "neutral"));
        assertThat(set.data().validation()).containsExactly(LabelledText.of("Great news", "positive"));
        assertThat(set.badRowExamples()).containsExactly("train.csv record 3: no text",
                "train.csv record 5: label 'grumpy' is not one of [negative, neutral, positive]");
        assertThat(set.licence()).isEqualTo("the user's own data");
        assertThat(set.validationNote()).isEqualTo("val.csv");
    }

    @Test
    void jsonLinesWithLabelArraysForATaskOfTheUsersOwn() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            lines.append("{\"text\": \"post ").append(i).append("\", \"labels\": ")
                    .append(i % 2 == 0 ? "[\"flood\", \"rescue\"]" : "[]").append("}\n");
        }
        lines.append("{\"text\": \"broken\", \"labels\": [\n");
        Path file = write("mine.jsonl", lines.toString());

        LabelledDataSet set = sources.read(file, null, new DataSetRequest("flood-topics", "en", 5));

        assertThat(set.data().labels()).containsExactly("flood", "rescue");
        assertThat(set.data().multiLabel()).isTrue();
        assertThat(set.data().train().size() + set.data().validation().size()).isEqualTo(20);
        assertThat(set.data().validation()).hasSize(2); // 10% of each of the two label combinations
        assertThat(set.badRows()).isEqualTo(1);
        assertThat(set.validationNote()).contains("seed 5");
    }

    @Test
    void separatedLabels() {
        assertThat(UserFileReader.splitLabels("Doubt|Smears")).containsExactly("Doubt", "Smears");
        assertThat(UserFileReader.splitLabels(" a ; b ")).containsExactly("a", "b");
        assertThat(UserFileReader.splitLabels("[\"x, y\"]")).containsExactly("x, y");
        assertThat(UserFileReader.splitLabels("")).isEmpty();
    }

    @Test
    void aFileWithoutLabelsOrLanguageSaysWhatIsMissing() throws IOException {
        Path file = write("posts.csv", "id,text\n1,hello\n");
        assertThatThrownBy(() -> sources.read(file, null, new DataSetRequest("sentiment", "en", 1)))
                .hasMessageContaining("needs a text column").hasMessageContaining("[id, text]");
        assertThatThrownBy(() -> sources.read(file, null, new DataSetRequest("sentiment", null, 1)))
                .hasMessageContaining("--lang");
    }
}
