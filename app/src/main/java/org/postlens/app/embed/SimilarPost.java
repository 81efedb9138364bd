package org.postlens.app.embed;

import org.postlens.app.domain.Post;

/** A post found by similarity, with its cosine similarity to the query. */
public record SimilarPost(Post post, float score) {}
