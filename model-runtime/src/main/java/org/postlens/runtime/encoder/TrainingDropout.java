package org.postlens.runtime.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.norm.Dropout;

/** Dropout while training; at inference the array itself, not a copy. */
final class TrainingDropout {

    private TrainingDropout() {}

    static NDArray apply(NDArray array, float rate, boolean training) {
        if (!training || rate <= 0f) {
            return array;
        }
        return Dropout.dropout(array, rate, true).singletonOrThrow();
    }
}
