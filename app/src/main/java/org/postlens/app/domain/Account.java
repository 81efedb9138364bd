package org.postlens.app.domain;

/**
 * An author as known to the project: a handle unique within its platform.
 *
 * @param displayName the name the author shows beside the handle, when the export gives it; else {@code null}
 */
public record Account(long id, String platform, String handle, String displayName, long postCount) {}
