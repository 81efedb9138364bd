package org.postlens.app.domain;

/**
 * What an evaluation breaks its figures down by, for one post.
 *
 * @param language ISO code, or null when unknown
 * @param platform the platform, or null when the import did not name one
 * @param source   the file name of the import that brought the post
 */
public record PostFacets(long postId, String language, String platform, String source) {}
