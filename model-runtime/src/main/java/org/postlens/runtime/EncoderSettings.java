package org.postlens.runtime;

/**
 * How the encoder spreads work. Package-private: the defaults are the measured choice; the other values
 * exist for the throughput and determinism checks.
 *
 * @param threads batches encoded at once, each on its own predictor
 * @param intraOpThreads ONNX Runtime threads inside one batch
 * @param exactLengthBatches batch only texts of equal token length (bitwise-stable output), else pad
 */
record EncoderSettings(int threads, int intraOpThreads, int batchSize, boolean exactLengthBatches) {

    static EncoderSettings defaults() {
        return new EncoderSettings(1, 1, 32, true);
    }

    EncoderSettings withThreads(int threads, int intraOpThreads) {
        return new EncoderSettings(threads, intraOpThreads, batchSize, exactLengthBatches);
    }

    EncoderSettings withExactLengthBatches(boolean exact) {
        return new EncoderSettings(threads, intraOpThreads, batchSize, exact);
    }
}
