package org.postlens.app.domain;

public enum RunStatus {
    RUNNING, CANCELLED, FAILED, COMPLETE
}
