package org.postlens.app.embed;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.postlens.app.domain.Post;

/**
 * Posts with (nearly) the same text, in the order they appeared: posts without a date come last, ties by
 * import order.
 */
public record DuplicateCluster(List<Post> members) {

    static final Comparator<Post> FIRST_SEEN_FIRST = Comparator
            .comparing(Post::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Post::id);

    public DuplicateCluster {
        members = members.stream().sorted(FIRST_SEEN_FIRST).toList();
    }

    public int size() {
        return members.size();
    }

    public Post firstSeen() {
        return members.get(0);
    }

    /** The earliest date, or null when no member has one. */
    public Instant firstTime() {
        return members.stream().map(Post::createdAt).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
    }

    public Instant lastTime() {
        return members.stream().map(Post::createdAt).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
    }

    /** Distinct authors, in order of first appearance. */
    public List<String> authors() {
        return members.stream().map(Post::author).filter(Objects::nonNull).distinct().toList();
    }
}
