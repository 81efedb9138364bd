package org.postlens.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.runtime.DevicePreference;

/** The training benchmark fine-tunes the real encoder for a few small batches and reports what it timed. */
class EncoderTrainingBenchmarkTest {

    @TempDir
    static Path cacheDir;

    private static List<String> texts(int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add("Post number " + i + " about the flood" + " and the bridge".repeat(i % 4));
        }
        return texts;
    }

    @Test
    void timesEveryBatchAfterTheWarmUp() {
        AtomicLong lastDone = new AtomicLong();
        EncoderTrainingBenchmark.Result result = new EncoderTrainingBenchmark(4, 16, 1)
                .run(cacheDir, DevicePreference.CPU, texts(10), (stage, done, total) -> lastDone.set(done * 100 + total), () -> false);

        assertThat(result.sentences()).isEqualTo(6); // 3 batches of 4, 4, 2; the first is warm-up
        assertThat(lastDone.get()).isEqualTo(303);
        assertThat(result.parameters()).isEqualTo(22_565_376);
        assertThat(result.meanTokens()).isBetween(5.0, 16.0);
        assertThat(result.trainSentencesPerSecond()).isPositive().isLessThan(result.forwardSentencesPerSecond());
        assertThat(result.device()).isEqualTo("cpu");
    }

    @Test
    void stopsWhenCancelled() {
        assertThatThrownBy(() -> new EncoderTrainingBenchmark(4, 16, 0)
                .run(cacheDir, DevicePreference.CPU, texts(4), TrainingProgress.none(), () -> true))
                .isInstanceOf(CancellationException.class);
    }
}
