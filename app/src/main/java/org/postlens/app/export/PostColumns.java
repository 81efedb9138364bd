package org.postlens.app.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.postlens.app.domain.Post;

/**
 * The post's own fields, named as the importer recognises them so that an export imports back unchanged.
 * {@code id} is the id the post had in its source file, not the project's row id.
 */
public final class PostColumns implements ExportColumns {

    /** CSV cells list several images separated by this; JSONL writes an array. */
    public static final String IMAGE_SEPARATOR = ";";

    private static final List<String> HEADERS = List.of("id", "platform", "created_at", "author", "text", "url",
            "likes", "shares", "replies", "views", "lang", "images", "source_file", "source_record");

    private static final DateTimeFormatter UTC_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** ISO-8601 in UTC with milliseconds, e.g. {@code 2026-03-14T09:12:00.123Z}. */
    public static String formatInstant(Instant instant) {
        return instant == null ? null : UTC_MILLIS.format(instant);
    }

    @Override
    public List<String> csvHeaders() {
        return HEADERS;
    }

    @Override
    public List<String> csvValues(ExportedPost exported) {
        Post post = exported.post();
        return Arrays.asList(post.sourceId(), emptyToNull(post.platform()), formatInstant(post.createdAt()),
                post.author(), post.text(), post.url(), string(post.likes()), string(post.shares()),
                string(post.replies()), string(post.views()), post.lang(),
                exported.images().isEmpty() ? null : String.join(IMAGE_SEPARATOR, exported.images()),
                exported.sourceFile(), Long.toString(post.recordNumber()));
    }

    @Override
    public void writeJson(ExportedPost exported, JsonGenerator json) throws IOException {
        Post post = exported.post();
        json.writeStringField("id", post.sourceId());
        writeString(json, "platform", emptyToNull(post.platform()));
        writeString(json, "created_at", formatInstant(post.createdAt()));
        writeString(json, "author", post.author());
        writeString(json, "text", post.text());
        writeString(json, "url", post.url());
        writeNumber(json, "likes", post.likes());
        writeNumber(json, "shares", post.shares());
        writeNumber(json, "replies", post.replies());
        writeNumber(json, "views", post.views());
        writeString(json, "lang", post.lang());
        json.writeArrayFieldStart("images");
        for (String image : exported.images()) {
            json.writeString(image);
        }
        json.writeEndArray();
        writeString(json, "source_file", exported.sourceFile());
        json.writeNumberField("source_record", post.recordNumber());
    }

    private static void writeString(JsonGenerator json, String name, String value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }

    private static void writeNumber(JsonGenerator json, String name, Long value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    private static String string(Long value) {
        return value == null ? null : value.toString();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
