package org.postlens.app.ui.main;

import java.nio.file.Path;
import java.util.List;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.Project;

/**
 * Exports posts to a file (CSV or JSON Lines by the file's extension): those of a query, or the posts picked
 * in the table ({@code selection} not empty, in table order). Wired to {@code export.ExportService} in the
 * composition root. Returns the number of posts written.
 */
@FunctionalInterface
public interface PostExporter {
    long export(Project project, PostQuery query, List<Long> selection, Path target, ProgressListener progress,
                CancellationToken cancellation) throws Exception;
}
