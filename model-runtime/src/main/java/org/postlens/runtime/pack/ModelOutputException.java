package org.postlens.runtime.pack;

/** A model ran but gave outputs a text classifier cannot read (wrong name, rank or width). */
public class ModelOutputException extends RuntimeException {

    public ModelOutputException(String message) {
        super(message);
    }

    public ModelOutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
