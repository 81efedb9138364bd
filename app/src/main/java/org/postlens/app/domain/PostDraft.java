package org.postlens.app.domain;

import java.time.Instant;
import java.util.List;

/**
 * A post as read from an import file, before it has a row in a project.
 *
 * @param platform    namespace of {@code sourceId} ("" for generic files); the pair is unique in a project
 * @param sourceId    the post's id as imported (or a content hash when the file has none)
 * @param images      local images to store with the post and remote image URLs to remember (never fetched)
 * @param raw         the record as it was in the file, as a JSON object, for the detail pane and audits
 * @param recordNumber 1-based record number in the source file; {@code line} its first physical line
 * @param langSource  where {@code lang} came from; null exactly when {@code lang} is null
 */
public record PostDraft(
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
        List<ImageRef> images,
        String raw,
        long recordNumber,
        long line) {

    public PostDraft {
        platform = platform == null ? "" : platform;
        images = images == null ? List.of() : List.copyOf(images);
        if (lang == null) {
            langSource = null;
        } else if (langSource == null) {
            langSource = LanguageSource.DATA;
        }
    }

    /** A draft whose language, if any, came from the imported data. */
    public PostDraft(String platform, String sourceId, String text, Instant createdAt, String author, String url,
                     Long likes, Long shares, Long replies, Long views, String lang, List<ImageRef> images, String raw,
                     long recordNumber, long line) {
        this(platform, sourceId, text, createdAt, author, url, likes, shares, replies, views, lang,
                LanguageSource.DATA, images, raw, recordNumber, line);
    }

    /** This draft with a language found by the detector. */
    public PostDraft withDetectedLang(String detected) {
        return new PostDraft(platform, sourceId, text, createdAt, author, url, likes, shares, replies, views, detected,
                LanguageSource.DETECTED, images, raw, recordNumber, line);
    }
}
