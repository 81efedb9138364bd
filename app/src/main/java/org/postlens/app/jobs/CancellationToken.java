package org.postlens.app.jobs;

/** Asked by long work between items so that the user can stop it; set from any thread. */
public final class CancellationToken {

    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void throwIfCancelled() {
        if (cancelled) {
            throw new JobCancelledException();
        }
    }

    public static CancellationToken none() {
        return new CancellationToken();
    }
}
