package org.postlens.app.store;

import java.sql.SQLException;

/** A failed read or write on an open project (disk full, file damaged after opening, ...). */
public final class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super("Project storage error: " + cause.getMessage(), cause);
    }

    public StoreException(String message, Throwable cause) {
        super("Project storage error: " + message, cause);
    }
}
