package org.postlens.app.service;

import java.util.ArrayList;
import java.util.List;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.store.ImportBatch;

/** Counts what one run of an import stored, and keeps the first problems for the report. */
final class ImportTally {

    private final String label;
    private final long startRecord;
    private final List<ImportProblem> listed = new ArrayList<>();
    private long lastRecord;
    private long added;
    private long duplicates;
    private long rejected;
    private long warnings;

    ImportTally(String label, long startRecord) {
        this.label = label;
        this.startRecord = startRecord;
        this.lastRecord = startRecord;
    }

    void stored(ImportBatch batch, ImportBatch.Result result) {
        added += result.postsAdded();
        duplicates += result.duplicates();
        lastRecord = Math.max(lastRecord, batch.recordsDone());
        for (ImportProblem problem : batch.problems()) {
            if (problem.severity() == ImportProblem.Severity.REJECTED) {
                rejected++;
            } else {
                warnings++;
            }
            if (listed.size() < ImportReport.MAX_LISTED_PROBLEMS) {
                listed.add(problem);
            }
        }
    }

    /** The position in the file that the stored batches reach. */
    long recordsDone() {
        return lastRecord;
    }

    ImportReport report(ImportReport.Outcome outcome) {
        return new ImportReport(label, outcome, lastRecord - startRecord, added, duplicates, rejected, warnings, listed);
    }
}
