package org.postlens.app.domain;

/** An author as known to the project: a handle unique within its platform. */
public record Account(long id, String platform, String handle, long postCount) {}
