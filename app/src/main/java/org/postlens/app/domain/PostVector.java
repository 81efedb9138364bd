package org.postlens.app.domain;

/** A post's embedding, ready to store. */
public record PostVector(long postId, Int8Vector vector) {}
