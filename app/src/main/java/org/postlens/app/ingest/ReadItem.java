package org.postlens.app.ingest;

import org.postlens.app.domain.ImportProblem;

/** What a reader yields for each record: a readable record, or a problem that rejects it. */
public sealed interface ReadItem {

    long recordNumber();

    record Ok(SourceRecord record) implements ReadItem {
        @Override
        public long recordNumber() {
            return record.recordNumber();
        }
    }

    record Bad(ImportProblem problem) implements ReadItem {
        @Override
        public long recordNumber() {
            return problem.recordNumber();
        }
    }
}
