package org.postlens.app.domain;

public enum ImportStatus {
    /** Started and not finished: the app was killed, or it is running now. Importing again resumes it. */
    RUNNING,
    CANCELLED,
    COMPLETE
}
