package org.postlens.app.ui.jobs;

import java.util.function.Consumer;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.JobCancelledException;
import org.postlens.app.jobs.ProgressListener;

/**
 * One piece of long work, in the style of JabRef's BackgroundTask: the work runs via
 * {@link TaskExecutor#runInBackground}, and success, failure, cancellation and progress are delivered on the
 * UI thread.
 * Works that report progress should throttle it (see {@code ProgressMeter}).
 */
public final class BackgroundTask<T> {

    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressListener progress, CancellationToken cancellation) throws Exception;
    }

    private final Work<T> work;
    private final CancellationToken cancellation = new CancellationToken();
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Exception> onFailure = error -> { };
    private Runnable onCancelled = () -> { };
    private ProgressListener onProgress = ProgressListener.none();
    private Runnable onFinally = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> action) {
        this.onSuccess = action;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Exception> action) {
        this.onFailure = action;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable action) {
        this.onCancelled = action;
        return this;
    }

    public BackgroundTask<T> onProgress(ProgressListener action) {
        this.onProgress = action;
        return this;
    }

    /** Runs after success, failure or cancellation. */
    public BackgroundTask<T> onFinally(Runnable action) {
        this.onFinally = action;
        return this;
    }

    public CancellationToken cancellation() {
        return cancellation;
    }

    public void cancel() {
        cancellation.cancel();
    }

    public BackgroundTask<T> start(TaskExecutor executor) {
        ProgressListener uiProgress = progress -> executor.runOnUi(() -> {
            if (!cancellation.isCancelled()) {
                onProgress.progress(progress);
            }
        });
        executor.runInBackground(() -> {
            try {
                T result = work.run(uiProgress, cancellation);
                // A job that stops early on cancel may still return a (partial) result: deliver it.
                executor.runOnUi(() -> {
                    try {
                        onSuccess.accept(result);
                    } finally {
                        onFinally.run();
                    }
                });
            } catch (JobCancelledException cancelled) {
                executor.runOnUi(() -> {
                    try {
                        onCancelled.run();
                    } finally {
                        onFinally.run();
                    }
                });
            } catch (Exception | Error error) {
                Exception failure = error instanceof Exception e ? e : new RuntimeException(error);
                executor.runOnUi(() -> {
                    try {
                        if (cancellation.isCancelled()) {
                            onCancelled.run();
                        } else {
                            onFailure.accept(failure);
                        }
                    } finally {
                        onFinally.run();
                    }
                });
            }
        });
        return this;
    }
}
