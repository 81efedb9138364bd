package org.postlens.app.cli;

import java.nio.file.Path;
import org.postlens.app.embed.MissingEmbeddingsException;

/** The message for commands that need vectors the project does not have yet. */
final class Embeddings {

    private Embeddings() {
    }

    static UserError missing(Path projectFile, MissingEmbeddingsException e) {
        return new UserError(e.getMessage() + " Run `postlens embed " + projectFile + "` first.", e);
    }
}
