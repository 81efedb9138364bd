package org.postlens.app.jobs;

public final class JobCancelledException extends RuntimeException {
    public JobCancelledException() {
        super("cancelled by the user");
    }
}
