package org.postlens.app.ui.jobs;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** Background work on a small pool of daemon threads; results applied with {@link Platform#runLater}. */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService workers = Executors.newFixedThreadPool(3, daemonThreads("postlens-worker"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("postlens-timer"));

    @Override
    public void runInBackground(Runnable work) {
        workers.execute(work);
    }

    @Override
    public void runOnUi(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    @Override
    public Cancellable schedule(long delayMillis, Runnable action) {
        var future = timer.schedule(() -> Platform.runLater(action), delayMillis, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void shutdown() {
        workers.shutdownNow();
        timer.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
