package org.postlens.app.ingest.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.domain.PostLink;
import org.postlens.app.ingest.RecordMapper;

/** The parts of a post a reader has found so far; {@link #toItem} makes the post, or rejects an empty record. */
final class PostFields {

    String platform;
    String sourceId;
    String text;
    Instant createdAt;
    String author;
    String authorName;
    String url;
    Long likes;
    Long shares;
    Long replies;
    Long views;
    String lang;
    final List<PostLink> links = new ArrayList<>();
    final List<ExportMedia> media = new ArrayList<>();
    final List<ImportProblem> warnings = new ArrayList<>();

    private final String fileLabel;
    private final long recordNumber;
    private final long line;
    private final String raw;
    private final String excerpt;

    /** For a JSON record: {@code raw} is its source, which is also the excerpt of its problems. */
    PostFields(String fileLabel, long recordNumber, long line, String raw) {
        this(fileLabel, recordNumber, line, raw, raw);
    }

    /** {@code raw}: the record as a JSON object; {@code excerpt}: the record as written, for problems. */
    PostFields(String fileLabel, long recordNumber, long line, String raw, String excerpt) {
        this.fileLabel = fileLabel;
        this.recordNumber = recordNumber;
        this.line = line;
        this.raw = raw;
        this.excerpt = excerpt;
    }

    void warn(String reason) {
        warnings.add(ImportProblem.warning(fileLabel, recordNumber, line, reason, excerpt));
    }

    PlatformItem reject(String reason) {
        return new PlatformItem.Bad(ImportProblem.rejected(fileLabel, recordNumber, line, reason, excerpt));
    }

    /** A post, or a rejection when the record has neither text nor an image. */
    PlatformItem toItem() {
        String body = text == null || text.isBlank() ? null : text;
        if (body == null && media.isEmpty()) {
            return reject("no text and no image");
        }
        String id = sourceId != null ? sourceId
                : RecordMapper.contentId(body, author, createdAt == null ? null : createdAt.toString());
        PostDraft draft = new PostDraft(platform, id, body, createdAt, author, url, likes, shares, replies, views,
                lang, List.of(), raw, recordNumber, line);
        return new PlatformItem.Post(recordNumber, new PlatformPost(draft, authorName, links, media, warnings));
    }
}
