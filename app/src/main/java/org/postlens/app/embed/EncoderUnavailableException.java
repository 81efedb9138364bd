package org.postlens.app.embed;

/** The text encoder cannot be opened: not in this build, or the requested device is missing. */
public final class EncoderUnavailableException extends RuntimeException {

    public EncoderUnavailableException(String message) {
        super(message);
    }

    public EncoderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
