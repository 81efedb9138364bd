package org.postlens.app.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.Media;
import org.postlens.app.domain.MediaRef;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.store.Project;

/** Loads what the labelling view shows for a post: a handful of primary-key reads. */
public final class LabellingItems {

    static final int MAX_IMAGES = 4;

    private final Project project;
    private final LabelSchema schema;
    private final List<String> tasks;

    public LabellingItems(Project project, LabelSchema schema) {
        this.project = project;
        this.schema = schema;
        this.tasks = LabellingQueues.schemaTasks(schema);
    }

    /** Empty when the post is not (or no longer) in the project. */
    public Optional<LabellingItem> load(long postId) {
        return project.posts().find(postId).map(this::load);
    }

    private LabellingItem load(Post post) {
        List<Media> images = new ArrayList<>();
        for (MediaRef ref : post.media()) {
            if (ref.sha256() != null && images.size() < MAX_IMAGES) {
                project.media().find(ref.sha256()).ifPresent(images::add);
            }
        }
        Map<String, StoredPrediction> latest = project.predictions().latest(post.id());
        Optional<StoredPrediction> prediction = tasks.stream().map(latest::get).filter(p -> p != null).findFirst();
        return new LabellingItem(post, images, prediction, project.annotations().current(schema.id(), post.id()),
                project.annotations().history(post.id()).stream()
                        .filter(annotation -> annotation.schemaId() == schema.id()).toList());
    }
}
