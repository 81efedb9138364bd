package org.postlens.app.domain;

import java.time.Instant;

/** The slim view of a post that one line of the posts table shows. */
public record PostRow(
        long id,
        String sourceId,
        Instant createdAt,
        String author,
        String text,
        Long likes,
        Long shares,
        Long replies,
        Long views,
        String lang,
        boolean hasImage) {}
