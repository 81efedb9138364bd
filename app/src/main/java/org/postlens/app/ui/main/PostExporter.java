package org.postlens.app.ui.main;

import java.nio.file.Path;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.Project;

/**
 * Exports the posts of a query to a file (CSV or JSON Lines by the file's extension); wired to
 * {@code export.ExportService} in the composition root. Returns the number of posts written.
 */
@FunctionalInterface
public interface PostExporter {
    long export(Project project, PostQuery query, Path target, ProgressListener progress, CancellationToken cancellation)
            throws Exception;
}
