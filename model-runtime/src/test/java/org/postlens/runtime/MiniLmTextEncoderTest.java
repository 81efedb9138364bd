package org.postlens.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MiniLmTextEncoderTest {

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

    @Test
    void describesTheModel() {
        assertThat(encoder.model())
                .isEqualTo(new ModelInfo("all-MiniLM-L6-v2", "langchain4j-1.20.0-beta30-fp32", 384, "OnnxRuntime", "cpu"));
    }

    @Test
    void givesOneUnitLengthVectorOf384FloatsPerText() {
        float[][] vectors = encoder.encode(TestTexts.SENTENCES);

        assertThat(vectors.length).isEqualTo(TestTexts.SENTENCES.size());
        for (float[] vector : vectors) {
            assertThat(vector).hasSize(384);
            assertThat(norm(vector)).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void paraphrasesScoreHigherThanUnrelatedSentences() {
        float[][] v = encoder.encode(List.of(
                "Heavy rain is expected in the capital from tonight through Wednesday.",
                "Forecasters warn of downpours in the city until midweek.",
                "The football club signed a new striker for a record fee."));

        double paraphrase = dot(v[0], v[1]);
        double unrelated = dot(v[0], v[2]);
        assertThat(paraphrase).isGreaterThan(unrelated + 0.3);
    }

    @Test
    void encodesArabicHindiEmojiEmptyAndOverlongTexts() {
        List<String> texts = List.of(TestTexts.ARABIC, TestTexts.HINDI, "🙄😂", "", TestTexts.veryLong());

        float[][] vectors = encoder.encode(texts);

        assertThat(vectors.length).isEqualTo(texts.size());
        for (float[] vector : vectors) {
            assertThat(vector).hasSize(384);
            assertThat(norm(vector)).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void keepsTheCallersOrderWhateverTheBatching() {
        List<String> texts = TestTexts.tweets(100, 11);

        float[][] together = encoder.encode(texts);

        for (int i = 0; i < texts.size(); i += 17) {
            assertThat(together[i]).containsExactly(encoder.encode(List.of(texts.get(i)))[0]);
        }
    }

    @Test
    void anEmptyListGivesNoVectors() {
        assertThat(encoder.encode(List.of())).isEmpty();
    }

    @Test
    void refusesWorkAfterClose() {
        MiniLmTextEncoder other = MiniLmTextEncoder.open(cacheDir, DevicePreference.CPU);
        other.close();
        other.close();

        assertThatThrownBy(() -> other.encode(List.of("x"))).isInstanceOf(IllegalStateException.class);
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }

    static double norm(float[] a) {
        return Math.sqrt(dot(a, a));
    }
}
