package org.postlens.app.embed;

/** The text encoder cannot be opened: its files cannot be prepared, or the requested device is missing. */
public final class EncoderUnavailableException extends RuntimeException {

    public EncoderUnavailableException(String message) {
        super(message);
    }

    public EncoderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
