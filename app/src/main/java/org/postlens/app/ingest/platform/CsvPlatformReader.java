package org.postlens.app.ingest.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.postlens.app.ingest.ReadItem;
import org.postlens.app.ingest.ReaderOptions;
import org.postlens.app.ingest.RecordReader;
import org.postlens.app.ingest.RecordReaders;
import org.postlens.app.ingest.SourceRecord;
import org.postlens.app.ingest.archive.ExportFiles;

/** A platform export written as CSV: the CSV reader reads the rows, a subclass maps each row by its known columns. */
abstract class CsvPlatformReader implements PlatformReader {

    private final Path file;
    private final RecordReader rows;
    private final ExportFiles files;

    CsvPlatformReader(Path file, ReaderOptions options) throws IOException {
        this.file = file;
        this.rows = RecordReaders.open(file, options);
        this.files = ExportFiles.folder(file.toAbsolutePath().getParent());
    }

    /** Maps one readable row; {@code label} names the file in problems. */
    abstract PlatformItem map(SourceRecord row, String label);

    @Override
    public List<String> postFiles() {
        return List.of(file.getFileName().toString());
    }

    @Override
    public ExportFiles files() {
        return files;
    }

    @Override
    public long estimatedRecords() {
        try {
            return RecordReaders.estimateRecords(file, null);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public PlatformItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadItem item = rows.next();
        if (item instanceof ReadItem.Bad bad) {
            return new PlatformItem.Bad(bad.problem());
        }
        return map(((ReadItem.Ok) item).record(), file.getFileName().toString());
    }

    /** The row as a JSON object, kept as the post's raw record. */
    static String rawJson(SourceRecord row) {
        ObjectNode raw = YtdScript.JSON.createObjectNode();
        row.fields().forEach(raw::put);
        try {
            return YtdScript.JSON.writeValueAsString(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first of the columns with a non-blank value, stripped; {@code null} when none has one. */
    static String first(SourceRecord row, String... columns) {
        for (String column : columns) {
            String value = row.get(column);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** A count column; a value that is not a number leaves the count empty with a warning. */
    static Long count(SourceRecord row, PostFields post, String... columns) {
        for (String column : columns) {
            String value = row.get(column);
            if (value != null && !value.isBlank()) {
                var parsed = org.postlens.app.ingest.CountParser.parse(value.strip());
                if (parsed.isEmpty()) {
                    post.warn("could not read the number in column '" + column + "': \"" + value.strip() + "\"");
                }
                return parsed.orElse(null);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
        } finally {
            files.close();
        }
    }
}
