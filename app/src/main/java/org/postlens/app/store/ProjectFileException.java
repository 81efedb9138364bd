package org.postlens.app.store;

import java.nio.file.Path;

/** A project file that cannot be opened, with a message a user can act on. The file is never modified. */
public final class ProjectFileException extends Exception {

    public enum Reason { NOT_FOUND, ALREADY_EXISTS, NOT_A_PROJECT, CORRUPT, NEWER_VERSION, LOCKED, IO }

    private final Reason reason;
    private final Path file;

    public ProjectFileException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
    }

    public ProjectFileException(Reason reason, Path file, String message) {
        this(reason, file, message, null);
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
