package org.postlens.app.domain;

import java.time.Instant;
import java.util.List;

/** A stored post with everything the detail pane and exports need. */
public record Post(
        long id,
        String platform,
        String sourceId,
        String text,
        Instant createdAt,
        String author,
        String url,
        Long likes,
        Long shares,
        Long replies,
        Long views,
        String lang,
        long importSourceId,
        long recordNumber,
        List<MediaRef> media,
        String raw) {

    public Post {
        media = media == null ? List.of() : List.copyOf(media);
    }

    public boolean hasImage() {
        return media.stream().anyMatch(m -> m.sha256() != null);
    }
}
