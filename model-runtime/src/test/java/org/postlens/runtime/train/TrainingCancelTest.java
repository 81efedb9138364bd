package org.postlens.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.MiniLmTextEncoder;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.TextEncoder;

/**
 * Cancelling training while it encodes (a Ctrl-C during {@code train}) stops between batches, and closing the
 * real encoder waits for a batch in flight instead of freeing the model under it.
 */
class TrainingCancelTest {

    @TempDir
    static Path cacheDir;

    @Test
    void aCancelDuringEncodingStopsBeforeTheNextBatch() {
        try (MiniLmTextEncoder real = MiniLmTextEncoder.open(cacheDir, DevicePreference.CPU)) {
            AtomicBoolean cancelled = new AtomicBoolean();
            AtomicInteger batches = new AtomicInteger();
            TextEncoder cancelDuringFirstBatch = new Delegating(real) {
                @Override
                public float[][] encode(List<String> texts) {
                    batches.incrementAndGet();
                    cancelled.set(true); // as Ctrl-C would, while the batch runs
                    return real.encode(texts);
                }
            };
            TextModelTrainer trainer = TextModelTrainer.builder().setFamily(ModelFamily.ENCODER_HEAD)
                    .optEncoder(cancelDuringFirstBatch).optMaxEpochs(1).build();

            assertThatThrownBy(() -> trainer.train(ToyData.sentiment(600, 100, 3), TrainingProgress.none(), cancelled::get))
                    .isInstanceOf(CancellationException.class);

            assertThat(batches.get()).as("600 texts are 3 batches of 256; the batch running when cancelled finished, "
                    + "no other started").isEqualTo(1);
            assertThat(real.encode(List.of("still usable after the cancel"))[0]).hasSize(384);
        }
    }

    @Test
    void closeWaitsForTheBatchInFlightAndLaterBatchesAreRefused() throws Exception {
        MiniLmTextEncoder encoder = MiniLmTextEncoder.open(cacheDir, DevicePreference.CPU);
        List<String> texts = new ArrayList<>(Collections.nCopies(2_000, "")); // long enough to be closed mid-way
        for (int i = 0; i < texts.size(); i++) {
            texts.set(i, "flood waters reached the bridge by the station on day " + i + " of the storm, witnesses said");
        }
        CountDownLatch started = new CountDownLatch(1);
        List<Object> outcome = Collections.synchronizedList(new ArrayList<>());
        Thread encoding = new Thread(() -> {
            started.countDown();
            try {
                outcome.add(encoder.encode(texts));
            } catch (RuntimeException closed) {
                outcome.add(closed);
            }
        }, "encoding");
        encoding.start();
        started.await();
        Thread.sleep(200);

        encoder.close(); // must neither crash the JVM nor return while a batch runs in native code

        encoding.join(TimeUnit.MINUTES.toMillis(2));
        assertThat(encoding.isAlive()).isFalse();
        assertThat(outcome).hasSize(1);
        if (outcome.get(0) instanceof RuntimeException refused) {
            assertThat(refused).isInstanceOf(IllegalStateException.class).hasMessage("The encoder is closed");
        } else {
            assertThat((float[][]) outcome.get(0)).as("finished before the close").hasNumberOfRows(texts.size());
        }
        assertThatThrownBy(() -> encoder.encode(List.of("after"))).isInstanceOf(IllegalStateException.class);
    }

    private abstract static class Delegating implements TextEncoder {
        private final TextEncoder delegate;

        Delegating(TextEncoder delegate) {
            this.delegate = delegate;
        }

        @Override public ModelInfo model() { return delegate.model(); }
        @Override public Set<String> languages() { return delegate.languages(); }
        @Override public void close() { }
    }
}
