package org.postlens.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text's vector is bitwise the same whatever batch or thread setting it ran in. */
class DeterminismTest {

    @TempDir
    static Path cacheDir;

    static MiniLmTextEncoder encoder;

    @BeforeAll
    static void open() {
        encoder = MiniLmTextEncoder.open(cacheDir, DevicePreference.CPU);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    static List<String> probes() {
        List<String> probes = new ArrayList<>(List.of("", "ok", "lol 😂", TestTexts.ARABIC, TestTexts.HINDI));
        probes.addAll(TestTexts.SENTENCES.subList(0, 12));
        return probes;
    }

    @Test
    void aloneInAShortBatchAndBesideAVeryLongTextGiveIdenticalFloats() {
        List<String> shortTexts = TestTexts.tweets(40, 5);
        for (String text : probes()) {
            float[] alone = encoder.encode(List.of(text))[0];

            List<String> withShort = new ArrayList<>(shortTexts);
            withShort.add(17, text);
            float[] inShortBatch = encoder.encode(withShort)[17];
            float[] besideLong = encoder.encode(List.of(TestTexts.veryLong(), text, "another text"))[1];

            assertThat(inShortBatch).as(text).containsExactly(alone);
            assertThat(besideLong).as(text).containsExactly(alone);
        }
    }

    @Test
    void aTextRepeatedInOneBatchGetsTheSameFloatsEachTime() {
        List<String> texts = new ArrayList<>(TestTexts.tweets(20, 9));
        texts.addAll(List.of("same text here", "same text here", "same text here"));

        float[][] vectors = encoder.encode(texts);

        assertThat(vectors[21]).containsExactly(vectors[20]);
        assertThat(vectors[22]).containsExactly(vectors[20]);
    }

    @Test
    void threadSettingsDoNotChangeTheFloats() {
        List<String> texts = new ArrayList<>(TestTexts.tweets(150, 21));
        texts.addAll(probes());
        texts.add(TestTexts.veryLong());
        float[][] expected = encoder.encode(texts);

        EncoderSettings defaults = EncoderSettings.defaults();
        List<EncoderSettings> others = List.of(
                defaults.withThreads(1, 1),
                defaults.withThreads(2, 1),
                defaults.withThreads(1, 2));
        for (EncoderSettings settings : others) {
            try (MiniLmTextEncoder other = MiniLmTextEncoder.open(cacheDir, DevicePreference.CPU, settings)) {
                float[][] actual = other.encode(texts);
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(actual[i]).as("%s, text %d", settings, i).containsExactly(expected[i]);
                }
            }
        }
    }
}
