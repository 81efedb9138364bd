package org.postlens.runtime.multitask;

/** The order in which an epoch visits the tasks' batches (the orderings LlamaLens compared). */
public enum Ordering {
    /** Every batch of one task, then the next task's. */
    BY_TASK,
    /** Every batch of one data set's tasks (shuffled among them), then the next data set's. */
    BY_DATASET,
    /** All tasks' batches in one shuffled sequence. */
    SHUFFLED
}
