package org.postlens.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encoder built from DJL blocks gives what ONNX Runtime gives for the same ONNX file. */
class MiniLmBlocksEncoderTest {

    @TempDir
    static Path cacheDir;

    static MiniLmTextEncoder onnxRuntime;
    static float[][] reference;
    static final List<String> POSTS = posts();

    @BeforeAll
    static void encodeWithOnnxRuntime() {
        onnxRuntime = MiniLmTextEncoder.open(cacheDir, DevicePreference.CPU);
        reference = onnxRuntime.encode(POSTS);
    }

    @AfterAll
    static void close() {
        onnxRuntime.close();
    }

    /** Short, long (truncated at 256 tokens), emoji, mentions and links, empty, Arabic and Hindi (mostly [UNK]). */
    static List<String> posts() {
        List<String> posts = new ArrayList<>(TestTexts.SENTENCES);
        posts.addAll(List.of("", "ok", "lol 😂", "🔥🔥🔥 #breaking", TestTexts.ARABIC, TestTexts.HINDI, TestTexts.veryLong(),
                TestTexts.veryLong().substring(0, 900)));
        posts.addAll(TestTexts.tweets(12, 11));
        return posts;
    }

    @Test
    void vectorsEqualOnnxRuntimesToACosineOfAtLeast0_9999() {
        float[][] ours;
        try (MiniLmBlocksEncoder encoder = MiniLmBlocksEncoder.open(cacheDir, DevicePreference.CPU)) {
            assertThat(encoder.model()).isEqualTo(new ModelInfo(
                    "all-MiniLM-L6-v2", MiniLmTextEncoder.MODEL_VERSION, 384, "PyTorch", "cpu"));
            ours = encoder.encode(POSTS);
        }

        assertThat(POSTS).hasSizeGreaterThanOrEqualTo(50);
        assertEquivalent(ours);
    }

    /** Padding (with its attention mask) must not change a text's vector beyond float rounding. */
    @Test
    void paddedBatchesGiveTheSameVectors() {
        float[][] padded;
        try (MiniLmBlocksEncoder encoder = MiniLmBlocksEncoder.open(cacheDir, DevicePreference.CPU, false)) {
            padded = encoder.encode(POSTS);
        }

        assertEquivalent(padded);
    }

    @Test
    void refusesWorkAfterClose() {
        MiniLmBlocksEncoder encoder = MiniLmBlocksEncoder.open(cacheDir, DevicePreference.CPU);
        encoder.close();

        assertThatThrownBy(() -> encoder.encode(List.of("late"))).isInstanceOf(IllegalStateException.class);
    }

    private static void assertEquivalent(float[][] ours) {
        assertThat(ours.length).isEqualTo(reference.length);
        for (int i = 0; i < POSTS.size(); i++) {
            assertThat(MiniLmTextEncoderTest.norm(ours[i])).as("norm of %s", POSTS.get(i)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
            double cosine = MiniLmTextEncoderTest.dot(ours[i], reference[i])
                    / (MiniLmTextEncoderTest.norm(ours[i]) * MiniLmTextEncoderTest.norm(reference[i]));
            assertThat(cosine).as(POSTS.get(i)).isGreaterThanOrEqualTo(0.9999);
        }
    }
}
