package org.postlens.app.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.postlens.app.domain.ImportProblem;

/**
 * Streams the objects of a JSON document: a top-level array of objects, or the first top-level field of an object
 * that holds a non-empty array of objects (e.g. {@code {"data":[...]}}). A non-object element is rejected and
 * reading goes on; malformed JSON is reported once and reading stops, keeping everything before it.
 */
final class JsonRecordReader extends SampledRecordReader {

    private final String fileLabel;
    private final DecodingCharSource source;
    private final JsonParser parser;
    private long recordNumber;
    private boolean inArray;
    private boolean stopped;
    private JsonToken peeked;

    JsonRecordReader(Path file, Charset requestedCharset) throws IOException {
        this.fileLabel = String.valueOf(file.getFileName());
        this.source = DecodingCharSource.open(file, requestedCharset);
        try {
            this.parser = JsonRecordSupport.MAPPER.getFactory().createParser(source);
            readSample();
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /** Characters consumed so far, for estimating the number of records. */
    long charactersRead() {
        return source.position();
    }

    @Override
    protected ReadItem readNext() throws IOException {
        if (stopped) {
            return null;
        }
        long startLine = 0;
        long startOffset = 0;
        try {
            if (!inArray) {
                inArray = findRecordArray();
                if (!inArray) {
                    stopped = true;
                    return null;
                }
            }
            JsonToken token = peeked != null ? peeked : parser.nextToken();
            peeked = null;
            if (token == JsonToken.END_ARRAY || token == null) {
                stopped = true;
                return null;
            }
            recordNumber++;
            startLine = parser.currentTokenLocation().getLineNr();
            startOffset = parser.currentTokenLocation().getCharOffset();
            JsonNode node = JsonRecordSupport.MAPPER.readTree(parser);
            long endOffset = parser.currentLocation().getCharOffset();
            source.forgetBefore(startOffset);
            if (!node.isObject()) {
                return reject(startLine, JsonRecordSupport.notAnObjectReason(node), node.toString());
            }
            String rawText = node.toString();
            if (source.hasMalformedBetween(startOffset, endOffset)) {
                return reject(startLine, source.invalidBytesReason(), rawText);
            }
            Map<String, String> fields = JsonFlattener.flatten(node);
            Optional<String> tooLarge = FieldSizeLimit.check(fields);
            if (tooLarge.isPresent()) {
                return reject(startLine, tooLarge.get(), rawText);
            }
            return new ReadItem.Ok(new SourceRecord(recordNumber, startLine, fields, rawText));
        } catch (JsonProcessingException e) {
            stopped = true;
            if (recordNumber == 0) {
                recordNumber = 1;
            }
            long line = startLine > 0 ? startLine : e.getLocation() != null ? e.getLocation().getLineNr() : 0;
            return reject(Math.max(line, 0), JsonRecordSupport.malformedReason(e),
                    source.recentText(startOffset, ImportProblem.EXCERPT_LENGTH));
        }
    }

    /** Positions the parser just inside the array of records; false when the document holds none. */
    private boolean findRecordArray() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
            return true;
        }
        if (first != JsonToken.START_OBJECT) {
            return false;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY) {
                if (arrayStartsWithObject()) {
                    return true;
                }
            } else {
                parser.skipChildren();
            }
        }
        return false;
    }

    /** Peeks at the first element; on a match the parser is left before it, else the array is skipped. */
    private boolean arrayStartsWithObject() throws IOException {
        JsonToken element = parser.nextToken();
        if (element == JsonToken.START_OBJECT) {
            peeked = element;
            return true;
        }
        if (element != JsonToken.END_ARRAY) {
            parser.skipChildren();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                parser.skipChildren();
            }
        }
        return false;
    }

    private ReadItem reject(long line, String reason, String excerpt) {
        return new ReadItem.Bad(ImportProblem.rejected(fileLabel, recordNumber, line, reason, excerpt));
    }

    @Override
    public void close() {
        try {
            parser.close();
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
