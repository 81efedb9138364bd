package org.postlens.app.cli;

/** A problem the user can fix (a missing file, a bad option value): printed as its message, without a stack trace. */
public final class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
