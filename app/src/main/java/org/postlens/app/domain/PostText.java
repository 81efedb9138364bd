package org.postlens.app.domain;

/** A post's id and the text a model reads from it. */
public record PostText(long postId, String text) {}
