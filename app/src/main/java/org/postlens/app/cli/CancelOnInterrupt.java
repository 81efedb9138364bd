package org.postlens.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postlens.app.jobs.CancellationToken;

/**
 * Turns Ctrl-C into a cancel: the shutdown hook cancels the token and waits (briefly) for the job to stop at a
 * batch boundary, so the project is left consistent and a later run resumes.
 */
final class CancelOnInterrupt implements AutoCloseable {

    private final CancellationToken token = new CancellationToken();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    CancelOnInterrupt() {
        hook = new Thread(() -> {
            token.cancel();
            try {
                finished.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "postlens-cancel-on-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    CancellationToken token() {
        return token;
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running: it has been released by the countDown above.
        }
    }
}
