package org.postlens.app.embed;

import java.util.ArrayList;
import java.util.List;
import org.postlens.app.domain.Int8VectorTable;
import org.postlens.app.domain.Post;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.store.Project;

/** Near-identical texts across a project (copy-paste campaigns, reposts), as clusters with their first post. */
public final class NearDuplicateClusters {

    public static final double DEFAULT_THRESHOLD = 0.9;

    private final Project project;

    public NearDuplicateClusters(Project project) {
        this.project = project;
    }

    /** Clusters of at least {@code minSize} posts of this model's vectors, largest first. */
    public List<DuplicateCluster> find(String modelId, double threshold, int minSize, CancellationToken cancel) {
        Int8VectorTable table = ProjectVectors.table(project, modelId);
        List<DuplicateCluster> clusters = new ArrayList<>();
        for (long[] group : new NearDuplicateGrouping(threshold).groups(table, minSize, cancel)) {
            List<Post> members = new ArrayList<>(group.length);
            for (long postId : group) {
                project.posts().find(postId).ifPresent(members::add);
            }
            if (members.size() >= Math.max(2, minSize)) {
                clusters.add(new DuplicateCluster(members));
            }
        }
        return clusters;
    }
}
