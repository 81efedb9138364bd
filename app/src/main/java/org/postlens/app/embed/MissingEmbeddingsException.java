package org.postlens.app.embed;

/** Asked for similarity before the posts were embedded with the model. */
public final class MissingEmbeddingsException extends RuntimeException {

    public MissingEmbeddingsException(String message) {
        super(message);
    }
}
