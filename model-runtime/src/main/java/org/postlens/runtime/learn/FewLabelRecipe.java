package org.postlens.runtime.learn;

/**
 * How the active learner trains on N labels, without a validation split to choose anything: a fixed number of
 * optimiser steps, spread over however many epochs the labels give, balanced class weights (the labels a user
 * gives first are rarely balanced), and fewer n-gram buckets than shipped models: a project's few thousand labels
 * use a fraction of them, and each step updates them all (2^16 trained 1,000 TweetEval emotion labels in about
 * 1 s, 2^18 in 3-8 s, to the same validation macro F1). On that task, from 50 to 1,000 labels, a learning rate of
 * 0.02 beat 0.05, 150 to 400 steps scored alike, weight decay did not help, and SGD (momentum 0.9, learning
 * rate 0.2 to 1) scored 2 to 7 points below Adam.
 *
 * @param epochs passes over the labels; the last one is kept
 */
public record FewLabelRecipe(int epochs, int batchSize, float learningRate, float weightDecay, int buckets) {

    /** Optimiser steps aimed for, whatever the label count; a tiny set gets at most {@link #MAX_EPOCHS} passes. */
    static final int TARGET_STEPS = 200;
    static final int MIN_EPOCHS = 4;
    static final int MAX_EPOCHS = 60;
    static final int BATCH_SIZE = 16;
    static final float LEARNING_RATE = 0.02f;
    static final float WEIGHT_DECAY = 0f;
    static final int BUCKETS = 1 << 16;

    public static FewLabelRecipe forLabels(int examples) {
        if (examples < 1) {
            throw new IllegalArgumentException("no labelled examples");
        }
        int batches = (examples + BATCH_SIZE - 1) / BATCH_SIZE;
        int epochs = Math.max(MIN_EPOCHS, Math.min(MAX_EPOCHS, (TARGET_STEPS + batches - 1) / batches));
        return new FewLabelRecipe(epochs, BATCH_SIZE, LEARNING_RATE, WEIGHT_DECAY, BUCKETS);
    }
}
