package org.postlens.runtime.train;

/** Where training stands: a stage ("features", "vectors", "epochs") and items done out of total in it. */
@FunctionalInterface
public interface TrainingProgress {

    void report(String stage, long done, long total);

    static TrainingProgress none() {
        return (stage, done, total) -> { };
    }
}
