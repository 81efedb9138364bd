package org.postlens.app.ingest.platform;

import org.postlens.app.domain.ImportProblem;

/** What a platform reader yields for each record: a post, a rejected record, or a record that is not a post. */
public sealed interface PlatformItem {

    long recordNumber();

    record Post(long recordNumber, PlatformPost post) implements PlatformItem {}

    record Bad(ImportProblem problem) implements PlatformItem {
        @Override
        public long recordNumber() {
            return problem.recordNumber();
        }
    }

    /** A record that carries no post, such as a Telegram service message ("pinned a message"). */
    record Skipped(long recordNumber) implements PlatformItem {}
}
