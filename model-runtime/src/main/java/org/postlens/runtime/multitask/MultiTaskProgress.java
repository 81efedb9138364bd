package org.postlens.runtime.multitask;

/** What a multi-task run reports while it trains. */
public interface MultiTaskProgress {

    /**
     * After each batch.
     *
     * @param done batches done in this epoch, of {@code total}
     * @param sentencesPerSecond training texts a second since this run (or resume) started
     * @param etaSeconds the time left for the whole run at that pace
     * @param loss the mean training loss of this epoch so far
     */
    void batch(int epoch, long done, long total, double sentencesPerSecond, double etaSeconds, double loss);

    /** After each epoch's validation. */
    void epoch(MultiTaskTrainer.EpochResult result);

    static MultiTaskProgress none() {
        return new MultiTaskProgress() {
            @Override
            public void batch(int epoch, long done, long total, double sentencesPerSecond, double etaSeconds, double loss) {}

            @Override
            public void epoch(MultiTaskTrainer.EpochResult result) {}
        };
    }
}
