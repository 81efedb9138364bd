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

    /**
     * Measured on 2 shared cores (2,000 tweets, 27 tokens mean): every setting costs the same CPU per post
     * (~160 posts per CPU-second), and length-exact batches cost no more than padded ones. Two predictors
     * with one ORT thread each reach ~310-320 posts/s like one predictor with two ORT threads, but under
     * load from other processes ORT's own spinning pool collapsed to 70-100 posts/s while two predictors
     * kept ~150: so parallelism is ours, ORT runs single-threaded.
     */
    static EncoderSettings defaults() {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        return new EncoderSettings(threads, 1, 32, true);
    }

    EncoderSettings withThreads(int threads, int intraOpThreads) {
        return new EncoderSettings(threads, intraOpThreads, batchSize, exactLengthBatches);
    }

    EncoderSettings withExactLengthBatches(boolean exact) {
        return new EncoderSettings(threads, intraOpThreads, batchSize, exact);
    }
}
