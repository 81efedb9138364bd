package org.postlens.app.embed;

import org.postlens.app.domain.Int8VectorTable;
import org.postlens.app.store.Project;

/** Loads a project's vectors of one model into an index, refusing when there are none. */
public final class ProjectVectors {

    private ProjectVectors() {
    }

    /** The model whose vectors the latest embed run wrote, for commands that need no encoder. */
    public static String latestModel(Project project) {
        return project.runs().latestModel(EmbedJob.RUN_KIND)
                .orElseThrow(() -> new MissingEmbeddingsException("The project has no text embeddings yet."));
    }

    public static Int8VectorTable table(Project project, String modelId) {
        Int8VectorTable table = project.embeddings().load(modelId);
        if (table.size() == 0) {
            throw new MissingEmbeddingsException("The project has no text embeddings of " + modelId + " yet.");
        }
        return table;
    }

    public static VectorIndex index(Project project, String modelId) {
        return new VectorIndex(table(project, modelId));
    }
}
