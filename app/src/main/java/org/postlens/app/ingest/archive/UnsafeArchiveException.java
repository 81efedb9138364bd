package org.postlens.app.ingest.archive;

import java.io.IOException;

/** An archive or export that Postlens refuses to read: its message says which entry and why. */
public final class UnsafeArchiveException extends IOException {

    public UnsafeArchiveException(String message) {
        super(message);
    }

    public UnsafeArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
