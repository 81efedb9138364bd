package org.postlens.app.domain;

import java.util.List;

/** A stored image like the one asked about, how many bits its fingerprint is from it, and the posts that show it. */
public record SimilarImage(String sha256, int distance, List<Post> posts) {

    public SimilarImage {
        posts = posts.stream().sorted(ImageCluster.FIRST_SEEN_FIRST).toList();
    }
}
