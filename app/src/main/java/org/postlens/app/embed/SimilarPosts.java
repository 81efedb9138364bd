package org.postlens.app.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postlens.app.domain.Post;
import org.postlens.app.store.Project;
import org.postlens.runtime.TextEncoder;

/** "Posts like this": the nearest posts by meaning to a stored post or to a text the user types. */
public final class SimilarPosts {

    private final Project project;
    private final String modelId;
    private VectorIndex index;

    public SimilarPosts(Project project, String modelId) {
        this.project = project;
        this.modelId = modelId;
    }

    public String modelId() {
        return modelId;
    }

    /** Posts most like the given one, without it; empty when it has no vector (no text). */
    public Optional<List<SimilarPost>> likePost(long postId, int limit) {
        VectorIndex vectors = index();
        if (!vectors.contains(postId)) {
            return Optional.empty();
        }
        return Optional.of(posts(vectors.nearestTo(postId, limit)));
    }

    /** Posts most like a text, encoded with the same model as the stored vectors. */
    public List<SimilarPost> likeText(TextEncoder encoder, String text, int limit) {
        if (!encoder.model().id().equals(modelId)) {
            throw new IllegalArgumentException("vectors are of " + modelId + ", the encoder is " + encoder.model().id());
        }
        float[] query = encoder.encode(List.of(text))[0];
        return posts(index().nearest(query, limit));
    }

    private VectorIndex index() {
        if (index == null) {
            index = ProjectVectors.index(project, modelId);
        }
        return index;
    }

    private List<SimilarPost> posts(List<Neighbor> neighbors) {
        List<SimilarPost> similar = new ArrayList<>(neighbors.size());
        for (Neighbor neighbor : neighbors) {
            Optional<Post> post = project.posts().find(neighbor.postId());
            post.ifPresent(p -> similar.add(new SimilarPost(p, neighbor.score())));
        }
        return similar;
    }
}
