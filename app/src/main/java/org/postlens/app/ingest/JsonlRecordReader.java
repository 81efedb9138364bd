package org.postlens.app.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.postlens.app.domain.ImportProblem;

/** Reads JSON Lines / NDJSON: one object per line; a bad line is rejected and reading goes on; blank lines skipped. */
final class JsonlRecordReader extends SampledRecordReader {

    private final String fileLabel;
    private final DecodingCharSource source;
    private final PhysicalLineReader lines;
    private long recordNumber;

    JsonlRecordReader(Path file, Charset requestedCharset) throws IOException {
        this.fileLabel = String.valueOf(file.getFileName());
        this.source = DecodingCharSource.open(file, requestedCharset);
        this.lines = new PhysicalLineReader(source, FieldSizeLimit.MAX_RECORD_CHARS);
        try {
            readSample();
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    @Override
    protected ReadItem readNext() throws IOException {
        PhysicalLineReader.Line line = lines.next();
        while (line != null && line.text().isBlank() && !line.truncated()) {
            line = lines.next();
        }
        if (line == null) {
            return null;
        }
        recordNumber++;
        source.forgetBefore(line.startPosition());
        if (line.truncated()) {
            return reject(line, FieldSizeLimit.recordTooLargeReason());
        }
        if (source.hasMalformedBetween(line.startPosition(), line.endPosition())) {
            return reject(line, source.invalidBytesReason());
        }
        JsonNode node;
        try {
            node = JsonRecordSupport.MAPPER.readTree(line.text());
        } catch (JsonProcessingException e) {
            return reject(line, JsonRecordSupport.malformedReason(e).replaceFirst("at line 1, column", "at column"));
        }
        if (!node.isObject()) {
            return reject(line, JsonRecordSupport.notAnObjectReason(node));
        }
        Map<String, String> fields = JsonFlattener.flatten(node);
        Optional<String> tooLarge = FieldSizeLimit.check(fields);
        if (tooLarge.isPresent()) {
            return reject(line, tooLarge.get());
        }
        return new ReadItem.Ok(new SourceRecord(recordNumber, line.number(), fields, line.text()));
    }

    private ReadItem reject(PhysicalLineReader.Line line, String reason) {
        return new ReadItem.Bad(ImportProblem.rejected(fileLabel, recordNumber, line.number(), reason, line.text()));
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
