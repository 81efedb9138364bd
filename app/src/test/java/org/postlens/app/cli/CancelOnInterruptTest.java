package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import sun.misc.Signal;

/** Ctrl-C cancels the job's token and leaves the JVM running, so the job can stop between batches and close. */
class CancelOnInterruptTest {

    @Test
    void ctrlCCancelsTheTokenInsteadOfShuttingDown() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (CancelOnInterrupt interrupt = new CancelOnInterrupt(new PrintStream(err, true, StandardCharsets.UTF_8))) {
            assumeTrue(interrupt.catchesSignals(), "this JVM does not let SIGINT be caught (-Xrs)");
            assertThat(interrupt.token().isCancelled()).isFalse();

            Signal.raise(new Signal("INT")); // with the handler gone, this would end the test JVM

            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!interrupt.token().isCancelled() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(interrupt.token().isCancelled()).isTrue();
            Thread.sleep(50); // the message follows the cancel on the signal's thread
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cancelling: stopping after the batch in progress");
    }
}
