package org.postlens.app.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postlens.app.domain.ImportProblem;

/**
 * Reads a delimited text file whose first record is the header. Each record is isolated by
 * {@link CsvRecordSplitter} and parsed by commons-csv; a record that cannot be read is rejected and reading goes on.
 * After a broken quote the file is re-opened at the line after the broken record's first line, so rows the stray
 * quote swallowed still land.
 */
final class CsvRecordReader implements RecordReader {

    private final Path file;
    private final String fileLabel;
    private final Charset requestedCharset;
    private final char delimiter;
    private final CSVFormat format;
    private final List<String> columns;
    private DecodingCharSource source;
    private CsvRecordSplitter splitter;
    private long recordNumber;
    private long lastResumeLine;
    private ReadItem pending;
    private boolean finished;
    private boolean exhausted;

    CsvRecordReader(Path file, Charset requestedCharset, char delimiter) throws IOException {
        this.file = file;
        this.fileLabel = String.valueOf(file.getFileName());
        this.requestedCharset = requestedCharset;
        this.delimiter = delimiter;
        this.format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .build();
        this.source = DecodingCharSource.open(file, requestedCharset);
        this.splitter = new CsvRecordSplitter(source, delimiter, 1);
        try {
            this.columns = readHeader();
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
        finished = columns.isEmpty();
    }

    char delimiter() {
        return delimiter;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    private List<String> readHeader() throws IOException {
        CsvRecordSplitter.Chunk chunk = splitter.next();
        if (chunk == null) {
            return List.of();
        }
        if (chunk.unterminated() || chunk.oversized()) {
            throw new IOException(fileLabel + ": the header row on line " + chunk.startLine()
                    + " could not be read (unterminated quote or too long)");
        }
        List<String> names;
        try {
            names = parseFields(chunk.text());
        } catch (IOException | RuntimeException e) {
            throw new IOException(fileLabel + ": the header row on line " + chunk.startLine()
                    + " could not be read: " + e.getMessage(), e);
        }
        return uniqueColumnNames(names);
    }

    private static List<String> uniqueColumnNames(List<String> names) {
        List<String> unique = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (name.isEmpty()) {
                name = "column_" + (i + 1);
            }
            String candidate = name;
            for (int n = 2; !seen.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = name + "_" + n;
            }
            unique.add(candidate);
        }
        return List.copyOf(unique);
    }

    private List<String> parseFields(String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new IOException("quoting splits the row into " + records.size() + " records");
            }
            return records.get(0).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !finished) {
            try {
                pending = readNext();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            finished = pending == null;
        }
        return pending != null;
    }

    @Override
    public ReadItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadItem item = pending;
        pending = null;
        return item;
    }

    private ReadItem readNext() throws IOException {
        if (exhausted) {
            return null;
        }
        CsvRecordSplitter.Chunk chunk = splitter.next();
        if (chunk == null) {
            return null;
        }
        recordNumber++;
        source.forgetBefore(chunk.startPosition());
        if (chunk.unterminated()) {
            ReadItem bad = reject(chunk, "unterminated quoted field: the opening quote is never closed");
            resumeAfterLine(chunk.startLine());
            return bad;
        }
        if (chunk.longestField() > FieldSizeLimit.MAX_FIELD_CHARS) {
            return reject(chunk, FieldSizeLimit.fieldTooLargeReason(chunk.longestField()));
        }
        if (chunk.oversized()) {
            return reject(chunk, FieldSizeLimit.recordTooLargeReason());
        }
        if (source.hasMalformedBetween(chunk.startPosition(), chunk.endPosition())) {
            return reject(chunk, source.invalidBytesReason());
        }
        List<String> values;
        try {
            values = chunk.fields() != null ? chunk.fields() : parseFields(chunk.text());
        } catch (IOException | RuntimeException e) {
            ReadItem bad = reject(chunk, "broken quoting: " + firstLine(e.getMessage()));
            if (chunk.endLine() > chunk.startLine()) {
                resumeAfterLine(chunk.startLine());
            }
            return bad;
        }
        if (values.size() != columns.size()) {
            return reject(chunk, "expected " + columns.size() + " fields, found " + values.size());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            fields.put(columns.get(i), values.get(i));
        }
        return new ReadItem.Ok(new SourceRecord(recordNumber, chunk.startLine(), fields, chunk.text()));
    }

    private ReadItem reject(CsvRecordSplitter.Chunk chunk, String reason) {
        return new ReadItem.Bad(ImportProblem.rejected(fileLabel, recordNumber, chunk.startLine(), reason,
                chunk.text()));
    }

    /** Re-opens the file and continues at {@code line + 1}; the resume line only ever grows, so this terminates. */
    private void resumeAfterLine(long line) throws IOException {
        long resumeLine = line + 1;
        if (resumeLine <= lastResumeLine) {
            exhausted = true;
            return;
        }
        lastResumeLine = resumeLine;
        source.close();
        source = DecodingCharSource.open(file, requestedCharset);
        splitter = new CsvRecordSplitter(source, delimiter, 1);
        if (!splitter.skipLines(line)) {
            exhausted = true;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable record";
        }
        // commons-csv positions are relative to the isolated record, so they would mislead
        String first = message.lines().findFirst().orElse(message);
        int position = first.indexOf(" at line");
        return position < 0 ? first : first.substring(0, position);
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
