package org.postlens.app.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.postlens.app.domain.ImageRef;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.language.LanguageCodes;

/**
 * Turns a {@link SourceRecord} into a {@link PostDraft} following a {@link FieldMapping}. A record with neither text
 * nor an image is rejected; a date, count or image that cannot be read leaves that part empty and adds a warning.
 * Images are not checked on disk here (the importer does that).
 */
public final class RecordMapper {

    private final FieldMapping mapping;
    private final ImageListParser imageParser;
    private final String fileLabel;

    public RecordMapper(FieldMapping mapping, Path baseDirForRelativeImages, String fileLabel) {
        this.mapping = mapping;
        this.imageParser = new ImageListParser(baseDirForRelativeImages);
        this.fileLabel = fileLabel == null ? "" : fileLabel;
    }

    public MappedRecord map(SourceRecord record) {
        List<ImportProblem> problems = new ArrayList<>();
        String text = withoutTrailingCarriageReturn(value(record, PostField.TEXT));
        if (text != null && text.isBlank()) {
            text = null;
        }
        List<ImageRef> images = readImages(record, problems);
        if (text == null && images.isEmpty()) {
            return new MappedRecord(null, List.of(ImportProblem.rejected(fileLabel, record.recordNumber(),
                    record.line(), "no text and no image", record.rawText())));
        }
        String author = trimmed(value(record, PostField.AUTHOR));
        String createdText = trimmed(value(record, PostField.CREATED_AT));
        Instant createdAt = readTimestamp(record, createdText, problems);
        String sourceId = trimmed(value(record, PostField.ID));
        if (sourceId == null) {
            sourceId = contentId(text, author, createdAt != null ? createdAt.toString() : createdText);
        }
        String platform = trimmed(value(record, PostField.PLATFORM));
        PostDraft draft = new PostDraft(
                platform != null ? platform : mapping.platform(),
                sourceId,
                text,
                createdAt,
                author,
                trimmed(value(record, PostField.URL)),
                readCount(record, PostField.LIKES, problems),
                readCount(record, PostField.SHARES, problems),
                readCount(record, PostField.REPLIES, problems),
                readCount(record, PostField.VIEWS, problems),
                languageCode(value(record, PostField.LANG)),
                images,
                rawJson(record),
                record.recordNumber(),
                record.line());
        return new MappedRecord(draft, problems);
    }

    private String value(SourceRecord record, PostField field) {
        return mapping.column(field).map(record::get).orElse(null);
    }

    private Instant readTimestamp(SourceRecord record, String createdText, List<ImportProblem> problems) {
        if (createdText == null) {
            return null;
        }
        Optional<Instant> parsed = TimestampParser.parse(createdText, mapping.zoneForLocalTimes());
        if (parsed.isEmpty()) {
            problems.add(warning(record, "could not read the date in column '" + mapping.columns()
                    .get(PostField.CREATED_AT) + "': \"" + createdText + "\""));
        }
        return parsed.orElse(null);
    }

    private Long readCount(SourceRecord record, PostField field, List<ImportProblem> problems) {
        String text = trimmed(value(record, field));
        if (text == null) {
            return null;
        }
        Optional<Long> count = CountParser.parse(text);
        if (count.isEmpty()) {
            problems.add(warning(record, "could not read the number in column '" + mapping.columns().get(field)
                    + "': \"" + text + "\""));
        }
        return count.orElse(null);
    }

    private List<ImageRef> readImages(SourceRecord record, List<ImportProblem> problems) {
        String cell = value(record, PostField.IMAGES);
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        ImageListParser.Result result = imageParser.parse(cell);
        for (String unusable : result.unusable()) {
            problems.add(warning(record, "could not read the image reference in column '"
                    + mapping.columns().get(PostField.IMAGES) + "': \"" + unusable + "\""));
        }
        return result.images();
    }

    private ImportProblem warning(SourceRecord record, String reason) {
        return ImportProblem.warning(fileLabel, record.recordNumber(), record.line(), reason, record.rawText());
    }

    /** "EN" → "en", "ar-SA" → "ar", "pt_BR" → "pt", "eng" → "en", "French" → "fr", "und" → null. */
    static String languageCode(String lang) {
        return LanguageCodes.normalise(lang);
    }

    /** Same post → same id, so importing a file without ids twice does not duplicate its posts. */
    public static String contentId(String text, String author, String created) {
        String key = nullToEmpty(text) + "|" + nullToEmpty(author) + "|" + nullToEmpty(created);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha1:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java runtime", e);
        }
    }

    private static String rawJson(SourceRecord record) {
        ObjectNode raw = JsonRecordSupport.MAPPER.createObjectNode();
        record.fields().forEach(raw::put);
        try {
            return JsonRecordSupport.MAPPER.writeValueAsString(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String withoutTrailingCarriageReturn(String text) {
        return text != null && text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
