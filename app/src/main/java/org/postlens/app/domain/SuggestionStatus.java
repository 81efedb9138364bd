package org.postlens.app.domain;

/** Where a suggested label stands: waiting for a person, or decided by one. */
public enum SuggestionStatus {
    PENDING,
    ACCEPTED,
    REJECTED
}
