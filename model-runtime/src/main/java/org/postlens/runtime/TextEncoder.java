package org.postlens.runtime;

import java.util.List;
import java.util.Set;

/**
 * Turns texts into unit-length vectors for similarity search. Deterministic: a text gives the same vector
 * whatever other texts are encoded with it. Safe to call from several threads.
 */
public interface TextEncoder extends AutoCloseable {

    ModelInfo model();

    /**
     * The languages (ISO 639-1) whose texts the encoder places meaningfully; empty when it reads any. Texts in
     * other languages still get a vector, but one that says nothing about their meaning, so callers route them away.
     */
    default Set<String> languages() {
        return Set.of();
    }

    /** One L2-normalised vector of {@link ModelInfo#dimension()} floats per text, in order. */
    float[][] encode(List<String> texts);

    @Override
    void close();
}
