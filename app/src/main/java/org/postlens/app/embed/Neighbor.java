package org.postlens.app.embed;

/** A post found near a query, with its cosine similarity (-1 to 1). */
public record Neighbor(long postId, float score) {}
