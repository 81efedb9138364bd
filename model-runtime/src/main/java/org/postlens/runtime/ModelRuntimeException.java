package org.postlens.runtime;

/** A model could not be prepared, loaded or run. */
public class ModelRuntimeException extends RuntimeException {

    public ModelRuntimeException(String message) {
        super(message);
    }

    public ModelRuntimeException(String message, Throwable cause) {
        super(message, cause);
    }
}
