package org.postlens.app.ui.jobs;

/**
 * Where background work runs and where its results are applied. The app uses {@link FxTaskExecutor}
 * (a worker pool and the JavaFX thread); tests use {@link CurrentThreadTaskExecutor} so that a ViewModel's
 * background work has finished when the call that started it returns.
 */
public interface TaskExecutor {

    /** Runs long work off the UI thread. */
    void runInBackground(Runnable work);

    /** Applies a result on the UI thread. */
    void runOnUi(Runnable update);

    /** Runs {@code action} once after {@code delayMillis}, unless the returned handle is cancelled first. */
    Cancellable schedule(long delayMillis, Runnable action);

    /** Stops worker threads; running jobs should have been cancelled before. */
    default void shutdown() {
    }

    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
