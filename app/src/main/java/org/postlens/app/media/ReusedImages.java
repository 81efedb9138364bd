package org.postlens.app.media;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postlens.app.domain.HashedImage;
import org.postlens.app.domain.ImageCluster;
import org.postlens.app.domain.ImageFingerprint;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.SimilarImage;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.store.Project;

/**
 * Re-used images across a project: clusters of near-identical pictures with the post that showed each first, and
 * "where else does this image appear" for any image. Needs the images' fingerprints ({@link ImageFactsBackfill}).
 */
public final class ReusedImages {

    private final Project project;
    private final String algorithm;

    public ReusedImages(Project project) {
        this(project, PerceptualHash.DEFAULT.name());
    }

    public ReusedImages(Project project, String algorithm) {
        this.project = project;
        this.algorithm = algorithm;
    }

    /** Clusters shown by at least {@code minPosts} posts, the most re-posted first. */
    public List<ImageCluster> clusters(int maxDistance, int minPosts, CancellationToken cancel) {
        List<HashedImage> images = project.images().fingerprints(algorithm);
        Map<String, List<Long>> postsByImage = project.images().postsByImage();
        List<ImageFingerprint> prints = images.stream().map(HashedImage::fingerprint).toList();
        List<ImageCluster> clusters = new ArrayList<>();
        for (int[] group : new HashGrouping(maxDistance).groups(prints, 1, cancel)) {
            Set<Long> postIds = new LinkedHashSet<>();
            List<String> members = new ArrayList<>(group.length);
            for (int index : group) {
                String sha256 = images.get(index).sha256();
                members.add(sha256);
                postIds.addAll(postsByImage.getOrDefault(sha256, List.of()));
            }
            if (postIds.size() >= Math.max(2, minPosts)) {
                clusters.add(new ImageCluster(members, posts(postIds)));
            }
        }
        clusters.sort(Comparator.comparingInt((ImageCluster c) -> c.posts().size()).reversed()
                .thenComparing(ImageCluster::firstSeen, ImageCluster.FIRST_SEEN_FIRST));
        return clusters;
    }

    /**
     * The stored images that match this one (itself included, at distance 0), nearest first, each with its posts.
     * Empty when the image has no fingerprint.
     */
    public List<SimilarImage> similarTo(String sha256, int maxDistance) {
        Optional<ImageFingerprint> query = project.images().fingerprint(sha256, algorithm);
        if (query.isEmpty()) {
            return List.of();
        }
        List<HashedImage> images = project.images().fingerprints(algorithm);
        List<ImageFingerprint> prints = images.stream().map(HashedImage::fingerprint).toList();
        Map<String, List<Long>> postsByImage = project.images().postsByImage();
        List<SimilarImage> similar = new ArrayList<>();
        for (int index : HashGrouping.near(prints, query.get(), maxDistance)) {
            HashedImage image = images.get(index);
            similar.add(new SimilarImage(image.sha256(), image.fingerprint().distanceTo(query.get()),
                    posts(postsByImage.getOrDefault(image.sha256(), List.of()))));
        }
        similar.sort(Comparator.comparingInt(SimilarImage::distance)
                .thenComparing(image -> !image.sha256().equals(sha256)));
        return similar;
    }

    /** Whether the project has images still to read before the answers are complete. */
    public boolean hasUnreadImages() {
        return project.images().countUnread(algorithm) > 0;
    }

    private List<Post> posts(Iterable<Long> ids) {
        List<Post> posts = new ArrayList<>();
        for (long id : ids) {
            project.posts().find(id).ifPresent(posts::add);
        }
        return posts;
    }
}
