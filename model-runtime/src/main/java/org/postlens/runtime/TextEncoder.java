package org.postlens.runtime;

import java.util.List;

/**
 * Turns texts into unit-length vectors for similarity search. Deterministic: a text gives the same vector
 * whatever other texts are encoded with it. Safe to call from several threads.
 */
public interface TextEncoder extends AutoCloseable {

    ModelInfo model();

    /** One L2-normalised vector of {@link ModelInfo#dimension()} floats per text, in order. */
    float[][] encode(List<String> texts);

    @Override
    void close();
}
