package org.postlens.app.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Near-identical images (one picture, re-posted, rescaled, cropped, captioned) and the posts that show them, in the
 * order they appeared: posts without a date come last, ties by import order. The first is where the picture was
 * first seen.
 */
public record ImageCluster(List<String> images, List<Post> posts) {

    public static final Comparator<Post> FIRST_SEEN_FIRST = Comparator
            .comparing(Post::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Post::id);

    public ImageCluster {
        images = List.copyOf(images);
        posts = posts.stream().sorted(FIRST_SEEN_FIRST).toList();
    }

    public Post firstSeen() {
        return posts.get(0);
    }

    /** The image of the first post that shows one of this cluster's images. */
    public String firstImage() {
        return firstSeen().media().stream().map(MediaRef::sha256).filter(images::contains).findFirst()
                .orElse(images.get(0));
    }

    public Instant firstTime() {
        return firstSeen().createdAt();
    }
}
