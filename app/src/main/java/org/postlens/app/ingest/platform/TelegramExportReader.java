package org.postlens.app.ingest.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.PostLink;
import org.postlens.app.ingest.TimestampParser;
import org.postlens.app.ingest.archive.ExportFiles;

/**
 * Reads a Telegram Desktop export ("Export chat history" or a whole-account export): {@code result.json} with one
 * chat's {@code messages}, or {@code chats.list} (and {@code left_chats.list}) holding several. The file is read
 * as a stream. A message's {@code text} is a string or an array of strings and entity objects (bold, links, …),
 * joined into plain text; {@code date} is the exporting computer's local time, so {@code date_unixtime} is used
 * when present. Photos and image files are read from the export's {@code photos/} and {@code files/} folders.
 */
final class TelegramExportReader implements PlatformReader {

    static final String PLATFORM = "telegram";

    /** What Telegram writes in place of a path when the export settings left the file out. */
    private static final String NOT_INCLUDED_PREFIX = "(";

    private static final Set<String> CHAT_LISTS = Set.of("chats", "left_chats", "list");

    private final ExportFiles files;
    private final String resultFile;
    private final String mediaDir;
    private final String label;
    private final ZoneId zoneForLocalTimes;
    private final JsonParser parser;
    private String chatId;
    private boolean inMessages;
    private boolean ended;
    private long recordNumber;
    private PlatformItem pending;

    TelegramExportReader(ExportFiles files, String resultFile, ZoneId zoneForLocalTimes) throws IOException {
        this.files = files;
        this.resultFile = resultFile;
        this.mediaDir = resultFile.substring(0, resultFile.lastIndexOf('/') + 1);
        this.label = resultFile.substring(resultFile.lastIndexOf('/') + 1);
        this.zoneForLocalTimes = zoneForLocalTimes;
        this.parser = YtdScript.JSON.getFactory().createParser(files.open(resultFile));
    }

    @Override
    public PlatformFormat format() {
        return PlatformFormat.TELEGRAM_EXPORT;
    }

    @Override
    public List<String> postFiles() {
        return List.of(resultFile);
    }

    @Override
    public ExportFiles files() {
        return files;
    }

    @Override
    public long estimatedRecords() {
        try {
            return Math.max(1, files.size(resultFile) / 600); // a message takes a few hundred bytes of JSON
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !ended) {
            try {
                pending = readNext();
            } catch (JsonProcessingException e) {
                ended = true;
                recordNumber++;
                long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                String reason = e instanceof JsonEOFException
                        ? "the file ends in the middle of a message (truncated?); the messages before it were read"
                        : "malformed JSON, the rest of the file is skipped: " + e.getOriginalMessage();
                pending = new PlatformItem.Bad(ImportProblem.rejected(label, recordNumber, line, reason, ""));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (pending == null) {
                ended = true;
            }
        }
        return pending != null;
    }

    @Override
    public PlatformItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        PlatformItem item = pending;
        pending = null;
        return item;
    }

    private PlatformItem readNext() throws IOException {
        while (true) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            if (inMessages) {
                if (token == JsonToken.END_ARRAY) {
                    inMessages = false;
                    continue;
                }
                long line = parser.currentTokenLocation().getLineNr();
                recordNumber++;
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    return new PlatformItem.Bad(ImportProblem.rejected(label, recordNumber, line,
                            "expected a message object", parser.getText()));
                }
                return message(parser.readValueAsTree(), line);
            }
            if (token == JsonToken.START_OBJECT) {
                chatId = null; // a new chat (or the file itself) begins; its id comes before its messages
            } else if (token == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("messages") && value == JsonToken.START_ARRAY) {
                    inMessages = true;
                } else if (name.equals("id") && value.isScalarValue()) {
                    chatId = parser.getText();
                } else if (value.isStructStart() && !CHAT_LISTS.contains(name)) {
                    parser.skipChildren();
                }
            }
        }
    }

    private PlatformItem message(JsonNode message, long line) {
        if ("service".equals(JsonValues.text(message, "type"))) {
            return new PlatformItem.Skipped(recordNumber);
        }
        PostFields post = new PostFields(label, recordNumber, line, message.toString());
        String id = JsonValues.text(message, "id");
        if (id == null) {
            return post.reject("the message has no id");
        }
        post.platform = PLATFORM;
        post.sourceId = sourceId(id);
        post.text = text(message.path("text"));
        post.createdAt = date(message, post);
        post.author = JsonValues.text(message, "from_id", "from");
        post.authorName = JsonValues.text(message, "from");
        post.likes = reactions(message);
        String replyTo = JsonValues.text(message, "reply_to_message_id");
        if (replyTo != null) {
            post.links.add(new PostLink(PostLink.Kind.REPLY_TO, PLATFORM, sourceId(replyTo), null));
        }
        String forwardedFrom = JsonValues.text(message, "forwarded_from");
        if (forwardedFrom != null) {
            post.links.add(new PostLink(PostLink.Kind.REPOST_OF, PLATFORM, null, forwardedFrom));
        }
        media(message, post);
        return post.toItem();
    }

    /** Message ids count per chat, so the chat's id is part of a message's id. */
    private String sourceId(String messageId) {
        return chatId == null ? messageId : chatId + "/" + messageId;
    }

    static String text(JsonNode text) {
        if (text.isTextual()) {
            return text.asText();
        }
        if (!text.isArray()) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        for (JsonNode part : text) {
            joined.append(part.isTextual() ? part.asText() : part.path("text").asText(""));
        }
        return joined.toString();
    }

    private Instant date(JsonNode message, PostFields post) {
        String unix = JsonValues.text(message, "date_unixtime");
        String local = JsonValues.text(message, "date");
        String chosen = unix != null ? unix : local;
        if (chosen == null) {
            return null;
        }
        Instant instant = unix != null
                ? TimestampParser.parse(unix, zoneForLocalTimes).orElse(null)
                : TimestampParser.parse(local, zoneForLocalTimes).orElse(null);
        if (instant == null) {
            post.warn("could not read the date: \"" + chosen + "\"");
        }
        return instant;
    }

    private static Long reactions(JsonNode message) {
        JsonNode reactions = message.path("reactions");
        if (!reactions.isArray() || reactions.isEmpty()) {
            return null;
        }
        long total = 0;
        for (JsonNode reaction : reactions) {
            total += reaction.path("count").asLong(0);
        }
        return total;
    }

    private void media(JsonNode message, PostFields post) {
        String photo = JsonValues.text(message, "photo");
        String file = JsonValues.text(message, "file");
        String mime = JsonValues.text(message, "mime_type");
        if (photo != null) {
            addFile(photo, post);
        } else if (file != null && mime != null && mime.startsWith("image/")) {
            addFile(file, post);
        } else if (JsonValues.text(message, "thumbnail") != null) {
            addFile(JsonValues.text(message, "thumbnail"), post);
        }
    }

    private void addFile(String path, PostFields post) {
        if (path.startsWith(NOT_INCLUDED_PREFIX)) {
            post.warn("image not in the export: " + path);
            return;
        }
        post.media.add(new ExportMedia(mediaDir + path, null, path));
    }

    @Override
    public void close() throws IOException {
        try {
            parser.close();
        } finally {
            files.close();
        }
    }
}
