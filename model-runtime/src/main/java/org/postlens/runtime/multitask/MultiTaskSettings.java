package org.postlens.runtime.multitask;

/**
 * How a multi-task run trains.
 *
 * @param epochs passes over every task's (capped) training examples; the epoch best on validation is kept
 * @param batchSize texts a batch; a batch holds one task's texts
 * @param maxTokens texts are cut at this many tokens while training
 * @param learningRate AdamW's peak learning rate, reached after the warm-up and decayed linearly to zero
 * @param warmupShare the share of all steps spent rising linearly from zero to the peak
 * @param weightDecay AdamW's decoupled decay, on weight matrices and embeddings only (not biases or LayerNorm)
 * @param ordering how an epoch orders the tasks' batches
 * @param seed seeds batching, dropout and the heads' initialisation: the same seed gives the same weights
 */
public record MultiTaskSettings(int epochs, int batchSize, int maxTokens, float learningRate, float warmupShare,
        float weightDecay, Ordering ordering, long seed) {

    public MultiTaskSettings {
        if (epochs < 1 || batchSize < 1 || maxTokens < 2 || !(learningRate > 0) || warmupShare < 0 || warmupShare >= 1
                || weightDecay < 0) {
            throw new IllegalArgumentException("epochs, batchSize >= 1, maxTokens >= 2, learningRate > 0, "
                    + "0 <= warmupShare < 1, weightDecay >= 0");
        }
    }

    /** 3 epochs, batches of 32 texts of at most 64 tokens, lr 5e-5 (best on irony in our notes), 6% warm-up, decay 0.01. */
    public static MultiTaskSettings defaults(Ordering ordering, long seed) {
        return new MultiTaskSettings(3, 32, 64, 5e-5f, 0.06f, 0.01f, ordering, seed);
    }

    public MultiTaskSettings withEpochs(int count) {
        return new MultiTaskSettings(count, batchSize, maxTokens, learningRate, warmupShare, weightDecay, ordering, seed);
    }
}
