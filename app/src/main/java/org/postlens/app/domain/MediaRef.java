package org.postlens.app.domain;

/**
 * One image attached to a post: stored in the project ({@code sha256} set) or known only by its URL.
 *
 * @param position 0-based order of the image within the post
 */
public record MediaRef(int position, String sha256, String url, String mime, String originalName) {}
