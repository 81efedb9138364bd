package org.postlens.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postlens.app.testing.SharedData;
import org.postlens.resources.TaskDefinition;
import org.postlens.resources.TaskDefinitions;
import org.postlens.runtime.train.LabelledText;

/** Every reader against the real files in shared/data (skipped when absent); sizes as the SOURCE.txt files state. */
class SharedDataSetsTest {

    private static final long SEED = 42;
    private final TaskDefinitions tasks = TaskDefinitions.shipped();
    private final TrainingDataSources sources = new TrainingDataSources(tasks);

    private LabelledDataSet read(String folder, String task, String language) throws IOException {
        LabelledDataSet set = sources.read(SharedData.dataSet(folder), null, new DataSetRequest(task, language, SEED));
        TaskDefinition definition = tasks.find(task).orElseThrow();
        assertThat(set.data().labels()).isEqualTo(definition.labels());
        assertThat(set.data().multiLabel()).isEqualTo(definition.multiLabel());
        for (LabelledText example : concat(set)) {
            assertThat(example.text()).isNotBlank();
            assertThat(definition.labels()).containsAll(example.labels());
        }
        return set;
    }

    private static List<LabelledText> concat(LabelledDataSet set) {
        return java.util.stream.Stream.concat(set.data().train().stream(), set.data().validation().stream()).toList();
    }

    @Test
    void tweetEvalTasksKeepTheirSplits() throws IOException {
        LabelledDataSet irony = read("tweeteval", "sarcasm", null);
        assertThat(irony.data().train()).hasSize(2862);
        assertThat(irony.data().validation()).hasSize(955);
        assertThat(irony.name()).contains("TweetEval irony");
        assertThat(irony.validationNote()).isEqualTo("TweetEval's val split");

        LabelledDataSet emotion = read("tweeteval", "emotion", "en");
        assertThat(emotion.data().train()).hasSize(3257);
        assertThat(emotion.data().validation()).hasSize(374);

        LabelledDataSet hate = read("tweeteval", "hate", null);
        assertThat(hate.data().train().size() + hate.data().validation().size() + hate.badRows()).isEqualTo(10_000);
        assertThat(hate.badRowExamples()).allMatch(example -> example.endsWith("no text"));

        LabelledDataSet emoji = read("tweeteval", "emoji", null);
        assertThat(emoji.data().train()).hasSize(45_000);
        assertThat(emoji.data().validation()).hasSize(5_000);
        assertThat(emoji.data().labels()).hasSize(20).startsWith("\u2764", "\ud83d\ude0d", "\ud83d\ude02");
        assertThat(emoji.badRows()).isZero();
    }

    @Test
    void stanceIsReadPerTargetAndTheWholeFolderSaysSo() throws IOException {
        LabelledDataSet abortion = sources.read(SharedData.dataSet("tweeteval").resolve("stance/abortion"), null,
                new DataSetRequest("stance", null, SEED));
        assertThat(abortion.data().train()).hasSize(587);
        assertThat(abortion.data().validation()).hasSize(66);
        assertThat(abortion.name()).contains("target abortion");
        assertThatThrownBy(() -> read("tweeteval", "stance", null))
                .isInstanceOf(UnsupportedDataException.class).hasMessageContaining("one data set per target")
                .hasMessageContaining("hillary");
    }

    @Test
    void englishSentimentTrainsOnTheSemEvalPoolAndValidatesOnTweetEval() throws IOException {
        LabelledDataSet sentiment = read("semeval2017-task4a-en", "sentiment", "en");
        assertThat(sentiment.data().validation()).hasSize(2000);
        assertThat(sentiment.data().train().size()).isBetween(38_000, 50_334);
        Set<String> validation = new HashSet<>();
        sentiment.data().validation().forEach(example -> validation.add(SemEval2017SentimentReader.key(example.text())));
        assertThat(sentiment.data().train())
                .noneMatch(example -> validation.contains(SemEval2017SentimentReader.key(example.text())));
        // TweetEval's copy of a pool tweet: other user name, link and entity, same words
        assertThat(SemEval2017SentimentReader.key("@user Can't wait!! &amp; more http://t.co/x"))
                .isEqualTo(SemEval2017SentimentReader.key("@SomeOne Can't wait!! & more https://t.co/abc"));
        assertThat(sentiment.data().train()).noneMatch(example -> example.text().contains("\\u002c"));
    }

    @Test
    void umsabReadsEachLanguage() throws IOException {
        for (String language : List.of("ar", "en", "hi")) {
            LabelledDataSet umsab = read("xlm-t-umsab", "sentiment", language);
            assertThat(umsab.language()).isEqualTo(language);
            assertThat(umsab.data().train()).hasSize(1839);
            assertThat(umsab.data().validation()).hasSize(324);
        }
        assertThatThrownBy(() -> read("xlm-t-umsab", "sentiment", null)).hasMessageContaining("--lang");
    }

    @Test
    void dataSetsWithoutValidationGetASeededStratifiedSplit() throws IOException {
        LabelledDataSet sarcasm = read("arsarcasm-v2", "sarcasm", null);
        assertThat(sarcasm.data().train().size() + sarcasm.data().validation().size()).isEqualTo(12_548);
        assertThat(sarcasm.validationNote()).contains("seed 42");
        long sarcastic = sarcasm.data().validation().stream().filter(e -> e.labels().contains("sarcastic")).count();
        assertThat(sarcastic).isBetween(210L, 225L); // 2168 of 12548 are sarcastic: ~217 of 1255
        assertThat(read("arsarcasm-v2", "sarcasm", null).data().validation()).isEqualTo(sarcasm.data().validation());

        assertThat(read("osact4-arabic-offensive", "hate", "ar").data().train().size()
                + read("osact4-arabic-offensive", "hate", "ar").data().validation().size()).isEqualTo(7000);
        assertThat(read("olid-offenseval2019-en", "offensive", null).data().validation()).hasSize(1324);
        assertThat(read("ag-news", "topic", null).data().train().size()
                + read("ag-news", "topic", null).data().validation().size()).isEqualTo(581);
    }

    @Test
    void checkThatReadsEnglishAndArabicWithTheirDevSplits() throws IOException {
        LabelledDataSet english = read("checkthat2024-task1", "checkworthiness", "en");
        assertThat(english.data().train()).hasSize(22_501);
        assertThat(english.data().validation()).hasSize(1032);
        assertThat(english.data().train()).extracting(LabelledText::text) // written "…" in the file
                .contains("Now, let's balance the budget and protect Medicare, Medicaid, education and the environment.");
        LabelledDataSet arabic = read("checkthat2024-task1", "checkworthiness", "ar");
        assertThat(arabic.data().train()).hasSize(7333);
        assertThat(arabic.data().validation()).hasSize(1093);
    }

    @Test
    void levantineTweetsOverSeveralLinesAreOneRow() throws IOException {
        LabelledDataSet hate = read("l-hsab-levantine", "hate", null);
        assertThat(hate.badRows()).isZero();
        int rows = hate.data().train().size() + hate.data().validation().size();
        assertThat(rows).isBetween(4600, 4800); // the 80% hash split of 5,846
        assertThat(concat(hate)).noneMatch(e -> e.text().contains("\tnormal") || e.text().contains("\tabusive"));
    }

    @Test
    void mlmaReadsPerLanguage() throws IOException {
        LabelledDataSet arabic = read("mlma-hate-speech-ar-en-fr", "hate", "ar");
        assertThat(arabic.data().train().size() + arabic.data().validation().size()).isBetween(2500, 3353);
        assertThatThrownBy(() -> read("mlma-hate-speech-ar-en-fr", "hate", null)).hasMessageContaining("--lang");
    }

    @Test
    void hindiHostilityIsMultiLabelAndLeavesOutMalformedRows() throws IOException {
        LabelledDataSet hostility = read("constraint2021-hindi-hostility", "hostility", "hi");
        assertThat(hostility.badRows()).isBetween(15, 30); // "~22 train rows are malformed in this copy"
        assertThat(hostility.data().train().size() + hostility.data().validation().size() + hostility.badRows())
                .isEqualTo(5728);
        assertThat(concat(hostility)).anyMatch(e -> e.labels().isEmpty()).anyMatch(e -> e.labels().size() > 1);
    }

    @Test
    void liarPropagandaKeepTheirValidationSplits() throws IOException {
        LabelledDataSet liar = read("liar", "truthfulness", null);
        assertThat(liar.data().train()).hasSize(10_269);
        assertThat(liar.data().validation()).hasSize(1284);
        LabelledDataSet propaganda = read("semeval2021-task6-propaganda-memes", "propaganda", null);
        assertThat(propaganda.data().train()).hasSize(688);
        assertThat(propaganda.data().validation()).hasSize(63);
        assertThat(propaganda.badRows()).isZero();
    }

    @Test
    void theFolderOfAllDataSetsChoosesTheShippedDataSetForTaskAndLanguage() throws IOException {
        Path all = SharedData.folder();
        assertThat(sources.read(all, null, new DataSetRequest("sentiment", "hi", SEED)).name()).contains("UMSAB hindi");
        assertThat(sources.read(all, null, new DataSetRequest("hate", "ar", SEED)).name()).contains("OSACT4");
        assertThat(sources.read(all, null, new DataSetRequest("topic", null, SEED)).name()).contains("AG News");
        assertThatThrownBy(() -> sources.read(all, null, new DataSetRequest("hostility", "en", SEED)))
                .isInstanceOf(UnsupportedDataException.class).hasMessageContaining("no reader for task 'hostility'");
        assertThatThrownBy(() -> sources.read(all, null, new DataSetRequest("popularity", "en", SEED)))
                .isInstanceOf(UnsupportedDataException.class).hasMessageContaining("unknown task 'popularity'");
    }
}
