package org.postlens.app.domain;

/**
 * A link as stored in a project.
 *
 * @param targetPostId the target's row when that post is in the project, else {@code null}
 */
public record StoredPostLink(long postId, PostLink link, Long targetPostId) {}
