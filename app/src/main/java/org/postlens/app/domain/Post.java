package org.postlens.app.domain;

import java.time.Instant;
import java.util.List;

/**
 * A stored post with everything the detail pane and exports need.
 *
 * @param langSource where {@code lang} came from; null when the language is unknown
 */
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
        LanguageSource langSource,
        long importSourceId,
        long recordNumber,
        List<MediaRef> media,
        String raw) {

    public Post {
        media = media == null ? List.of() : List.copyOf(media);
        if (lang == null) {
            langSource = null;
        } else if (langSource == null) {
            langSource = LanguageSource.DATA;
        }
    }

    /** A post whose language, if any, came from the imported data. */
    public Post(long id, String platform, String sourceId, String text, Instant createdAt, String author, String url,
                Long likes, Long shares, Long replies, Long views, String lang, long importSourceId, long recordNumber,
                List<MediaRef> media, String raw) {
        this(id, platform, sourceId, text, createdAt, author, url, likes, shares, replies, views, lang,
                LanguageSource.DATA, importSourceId, recordNumber, media, raw);
    }

    public boolean langDetected() {
        return langSource == LanguageSource.DETECTED;
    }

    public boolean hasImage() {
        return media.stream().anyMatch(m -> m.sha256() != null);
    }
}
