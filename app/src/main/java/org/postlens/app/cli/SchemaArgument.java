package org.postlens.app.cli;

import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.Post;
import org.postlens.app.store.Project;
import org.postlens.resources.TaskDefinitions;

/** Looks up the {@code --schema} and {@code --post} a labelling command names, with messages a user can act on. */
final class SchemaArgument {

    private SchemaArgument() {
    }

    static LabelSchema require(Project project, String name) {
        try {
            return new LabelSchemas(project, TaskDefinitions.shipped()).require(name);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    static Post post(Project project, String platform, String sourceId) {
        return project.posts().findBySourceId(platform, sourceId)
                .orElseThrow(() -> new UserError("No post with id " + sourceId
                        + (platform.isEmpty() ? "" : " on " + platform) + " in " + project.file() + "."));
    }

    /** The name annotations are stored under when the command is not given one. */
    static String defaultAnnotator() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "annotator" : name;
    }

    static String sourceId(Project project, long postId) {
        return project.posts().find(postId).map(Post::sourceId).orElse(String.valueOf(postId));
    }
}
