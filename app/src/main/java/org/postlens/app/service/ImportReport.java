package org.postlens.app.service;

import java.util.List;
import org.postlens.app.domain.ImportProblem;

/**
 * What an import did. Counts are for this run; a resumed import counts only what it added after resuming.
 *
 * @param problems the first {@link #MAX_LISTED_PROBLEMS} problems; all of them are in the project
 */
public record ImportReport(
        String file,
        Outcome outcome,
        long records,
        long postsAdded,
        long duplicates,
        long rejected,
        long warnings,
        List<ImportProblem> problems) {

    public static final int MAX_LISTED_PROBLEMS = 1000;

    public enum Outcome {
        COMPLETED,
        /** The same content was imported before: nothing was added. */
        ALREADY_IMPORTED,
        /** Stopped by the user; what was committed stays, and importing again resumes. */
        CANCELLED
    }

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
