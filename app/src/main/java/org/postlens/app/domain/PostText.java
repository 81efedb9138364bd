package org.postlens.app.domain;

/** A post's id, the text a model reads from it, and its language when known. */
public record PostText(long postId, String text, String lang) {}
