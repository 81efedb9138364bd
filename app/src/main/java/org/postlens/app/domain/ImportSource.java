package org.postlens.app.domain;

import java.time.Instant;

/**
 * One imported file (or image folder), identified by the SHA-256 of its content so that a re-import of
 * the same bytes is recognised and an interrupted import resumes at {@code recordsDone}.
 */
public record ImportSource(
        long id,
        String path,
        String fileName,
        String sha256,
        String format,
        ImportStatus status,
        long recordsDone,
        long postsAdded,
        long duplicates,
        long rejected,
        long warnings,
        Instant startedAt,
        Instant finishedAt) {}
