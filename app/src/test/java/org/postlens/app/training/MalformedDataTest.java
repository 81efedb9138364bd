package org.postlens.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.resources.TaskDefinitions;
import org.postlens.runtime.train.LabelledText;

/** Readers on small broken copies of the public formats: bad rows are counted and shown, never fatal. */
class MalformedDataTest {

    @TempDir
    Path dir;

    private final TrainingDataSources sources = new TrainingDataSources(TaskDefinitions.shipped());

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void tweetEvalWithUnevenFilesAndUnknownLabelIds() throws IOException {
        write("tweeteval/irony/mapping.txt", "0\tnon_irony\n1\tirony\n");
        write("tweeteval/irony/train_text.txt", "so great\nnot great\nyeah right\n\nlast one\n");
        write("tweeteval/irony/train_labels.txt", "1\n0\n7\n1\n0\n0\n");
        write("tweeteval/irony/val_text.txt", "fine\noh sure\n");
        write("tweeteval/irony/val_labels.txt", "0\n1\n");

        LabelledDataSet set = sources.read(dir.resolve("tweeteval"), null, new DataSetRequest("sarcasm", "en", 1));

        assertThat(set.data().train()).containsExactly(LabelledText.of("so great", "sarcastic"),
                LabelledText.of("not great", "not sarcastic"), LabelledText.of("last one", "not sarcastic"));
        assertThat(set.data().validation()).hasSize(2);
        assertThat(set.badRows()).isEqualTo(3);
        assertThat(set.badRowExamples()).containsExactly(
                "train_text.txt line 3: label id '7' is not in mapping.txt",
                "train_text.txt line 4: no text",
                "train_text.txt line 6: the text and label files have different lengths (5 texts, 6 labels)");
    }

    @Test
    void aStrayCarriageReturnInATweetDoesNotShiftTheLabels() throws IOException {
        write("xlm-t-umsab/arabic/train_text.txt", "first\r\nsecond with \r inside\nthird");
        write("xlm-t-umsab/arabic/train_labels.txt", "0\r\n1\n2\n");

        LabelledDataSet set = sources.read(dir.resolve("xlm-t-umsab"), null, new DataSetRequest("sentiment", "ar", 1));

        java.util.List<LabelledText> all = new java.util.ArrayList<>(set.data().train());
        all.addAll(set.data().validation());
        assertThat(all).containsExactlyInAnyOrder(LabelledText.of("first", "negative"),
                LabelledText.of("second with \r inside", "neutral"), LabelledText.of("third", "positive"));
        assertThat(set.badRows()).isZero();
    }

    @Test
    void hostilityRowsWithTextInTheLabelColumnAreLeftOut() throws IOException {
        write("constraint2021-hindi-hostility/constraint_Hindi_Train.csv", """
                "पहली पोस्ट","non-hostile"
                "दूसरी
                पोस्ट","fake,hate"
                "तीसरी पोस्ट"," यह लेबल नहीं है"
                "चौथी पोस्ट","defamation"
                "पांचवीं पोस्ट","non-hostile"
                """);

        LabelledDataSet set = sources.read(dir.resolve("constraint2021-hindi-hostility"), null,
                new DataSetRequest("hostility", "hi", 7));

        List<LabelledText> all = new java.util.ArrayList<>(set.data().train());
        all.addAll(set.data().validation());
        assertThat(all).containsExactlyInAnyOrder(new LabelledText("पहली पोस्ट", List.of()),
                new LabelledText("दूसरी\nपोस्ट", List.of("fake", "hate")), new LabelledText("चौथी पोस्ट", List.of("defamation")),
                new LabelledText("पांचवीं पोस्ट", List.of()));
        assertThat(set.badRows()).isEqualTo(1);
        assertThat(set.badRowExamples().get(0)).startsWith("constraint_Hindi_Train.csv row 3: expected a post and its labels");
        assertThat(set.data().multiLabel()).isTrue();
    }

    @Test
    void aBrokenQuoteEndsACsvFileAsOneBadRowNotAnError() throws IOException {
        write("ag-news/train.csv", "\"1\",\"Title one\",\"Body one\"\n\"2\",\"Title \"two\" x\",\"Body\"\n\"3\",\"Three\",\"B\"\n");

        LabelledDataSet set = sources.read(dir.resolve("ag-news"), null, new DataSetRequest("topic", "en", 1));

        assertThat(set.data().train()).extracting(LabelledText::text).containsExactly("Title one\nBody one");
        assertThat(set.badRows()).isEqualTo(1);
        assertThat(set.badRowExamples().get(0)).startsWith("train.csv record 2: unreadable from here on");
    }

    @Test
    void checkThatLinesWithTheWrongFieldCountOrLabel() throws IOException {
        write("checkthat2024-task1/english/CT24_checkworthy_english_train.tsv",
                "Sentence_id\tText\tclass_label\n1\tA claim of 40 percent.\tYes\n2\tHello\tMaybe\n3\ttoo\tmany\tfields\n4\t\"Quoted \"\"x\"\".\"\tNo\n");

        LabelledDataSet set = sources.read(dir.resolve("checkthat2024-task1"), null,
                new DataSetRequest("checkworthiness", "en", 1));

        List<LabelledText> all = new java.util.ArrayList<>(set.data().train());
        all.addAll(set.data().validation());
        assertThat(all).containsExactlyInAnyOrder(LabelledText.of("A claim of 40 percent.", "check-worthy"),
                LabelledText.of("Quoted \"x\".", "not check-worthy"));
        assertThat(set.badRowExamples()).containsExactly(
                "CT24_checkworthy_english_train.tsv line 3: class_label 'Maybe' is neither Yes nor No",
                "CT24_checkworthy_english_train.tsv line 4: expected 3 tab-separated fields, found 4");
    }

    @Test
    void propagandaLabelsOutsideTheSchemaAreBadRows() throws IOException {
        write("semeval2021-task6-propaganda-memes/training_set_task1.txt", """
                [{"id": "1", "labels": ["Smears", "Doubt"], "text": "A meme"},
                 {"id": "2", "labels": [], "text": "Nothing here"},
                 {"id": "3", "labels": ["Invented technique"], "text": "Odd"},
                 {"id": "4", "text": "No labels field"}]
                """);

        LabelledDataSet set = sources.read(dir.resolve("semeval2021-task6-propaganda-memes"), null,
                new DataSetRequest("propaganda", null, 1));

        assertThat(set.badRows()).isEqualTo(2);
        assertThat(set.badRowExamples().get(0)).contains("label 'Invented technique' is not one of");
        assertThat(set.badRowExamples().get(1)).isEqualTo("training_set_task1.txt item 4: expected an object with text and labels");
    }

    @Test
    void aDataSetWithNoUsableRowsIsAClearError() throws IOException {
        write("liar/train.tsv", "1.json\tmaybe\tA statement\n");
        assertThatThrownBy(() -> sources.read(dir.resolve("liar"), null, new DataSetRequest("truthfulness", null, 1)))
                .isInstanceOf(UnsupportedDataException.class)
                .hasMessageContaining("no usable training rows (1 left out, e.g. train.tsv line 1: expected 14");
    }
}
