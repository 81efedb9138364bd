package org.postlens.app.store;

/** The headline counts of a project, as {@code postlens info} prints them. */
public record ProjectStats(long posts, long media, long accounts, long importErrors, long importWarnings, long importSources) {}
