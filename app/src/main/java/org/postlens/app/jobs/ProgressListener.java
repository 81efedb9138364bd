package org.postlens.app.jobs;

@FunctionalInterface
public interface ProgressListener {

    void progress(Progress progress);

    static ProgressListener none() {
        return progress -> { };
    }
}
