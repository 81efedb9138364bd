package org.postlens.app.service;

import java.util.ArrayList;
import java.util.List;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.store.ImportBatch;

/**
 * Collects posts and problems until a batch is worth a transaction: enough records, or enough image bytes
 * that holding more would strain memory.
 */
public final class BatchBuilder {

    public static final int RECORDS_PER_BATCH = 25_000;
    static final long BYTES_PER_BATCH = 64L * 1024 * 1024;

    private final long importSourceId;
    private final List<ImportBatch.NewPost> posts = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private long records;
    private long bytes;
    private long lastRecordNumber;

    BatchBuilder(long importSourceId, long lastRecordNumber) {
        this.importSourceId = importSourceId;
        this.lastRecordNumber = lastRecordNumber;
    }

    void addPost(ImportBatch.NewPost post, long imageBytes) {
        posts.add(post);
        bytes += imageBytes;
    }

    void addProblems(List<ImportProblem> found) {
        problems.addAll(found);
    }

    /** Marks a record as read, whether it gave a post, a rejection, or both a post and warnings. */
    void recordDone(long recordNumber) {
        records++;
        lastRecordNumber = Math.max(lastRecordNumber, recordNumber);
    }

    boolean isFull() {
        return records >= RECORDS_PER_BATCH || bytes >= BYTES_PER_BATCH;
    }

    boolean isEmpty() {
        return records == 0 && problems.isEmpty();
    }

    /** The batch so far; the builder starts over. */
    ImportBatch take() {
        ImportBatch batch = new ImportBatch(importSourceId, posts, problems, lastRecordNumber);
        posts.clear();
        problems.clear();
        records = 0;
        bytes = 0;
        return batch;
    }
}
