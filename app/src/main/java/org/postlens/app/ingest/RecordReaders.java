package org.postlens.app.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Opens the right {@link RecordReader} for a file. */
public final class RecordReaders {

    private static final int DELIMITER_SAMPLE_CHARS = 64 * 1024;
    private static final int ESTIMATE_SAMPLE_RECORDS = 200;

    private RecordReaders() {
    }

    public static RecordReader open(Path file, ReaderOptions options) throws IOException {
        ReaderOptions chosen = options == null ? ReaderOptions.auto() : options;
        return switch (FileFormat.detect(file)) {
            case CSV -> new CsvRecordReader(file, chosen.charset(), delimiterFor(file, chosen));
            case JSONL -> new JsonlRecordReader(file, chosen.charset());
            case JSON -> new JsonRecordReader(file, chosen.charset());
        };
    }

    /** The delimiter that {@link #open} will use for a CSV file: the chosen one, or the sniffed one. */
    public static char delimiterFor(Path file, ReaderOptions options) throws IOException {
        if (options != null && options.delimiter() != null) {
            return options.delimiter();
        }
        try (DecodingCharSource source = DecodingCharSource.open(file, options == null ? null : options.charset())) {
            char[] buffer = new char[DELIMITER_SAMPLE_CHARS];
            int total = 0;
            int count;
            while (total < buffer.length && (count = source.read(buffer, total, buffer.length - total)) > 0) {
                total += count;
            }
            return CsvDelimiterSniffer.sniff(new String(buffer, 0, total));
        }
    }

    /**
     * Roughly how many records the file holds, for progress totals: lines for CSV (minus the header) and JSONL; for
     * JSON, extrapolated from the size of the first records.
     */
    public static long estimateRecords(Path file, ReaderOptions options) throws IOException {
        return switch (FileFormat.detect(file)) {
            case CSV -> Math.max(0, countLines(file) - 1);
            case JSONL -> countLines(file);
            case JSON -> estimateJsonRecords(file, options);
        };
    }

    /** The first {@code max} readable records, skipping rejected ones. */
    public static List<SourceRecord> preview(Path file, ReaderOptions options, int max) throws IOException {
        List<SourceRecord> records = new ArrayList<>();
        try (RecordReader reader = open(file, options)) {
            while (records.size() < max && reader.hasNext()) {
                if (reader.next() instanceof ReadItem.Ok ok) {
                    records.add(ok.record());
                }
            }
        }
        return records;
    }

    private static long countLines(Path file) throws IOException {
        long lines = 0;
        int last = -1;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int count;
            while ((count = in.read(buffer)) > 0) {
                for (int i = 0; i < count; i++) {
                    byte b = buffer[i];
                    if (b == '\n' && last != '\r' || b == '\r') {
                        lines++;
                    }
                    last = b;
                }
            }
        }
        boolean unterminatedLastLine = last != -1 && last != '\n' && last != '\r';
        return unterminatedLastLine ? lines + 1 : lines;
    }

    private static long estimateJsonRecords(Path file, ReaderOptions options) throws IOException {
        try (JsonRecordReader reader = new JsonRecordReader(file, options == null ? null : options.charset())) {
            long records = 0;
            while (records < ESTIMATE_SAMPLE_RECORDS && reader.hasNext()) {
                reader.next();
                records++;
            }
            if (!reader.hasNext() || reader.charactersRead() == 0) {
                return records;
            }
            return Math.round(records * (double) Files.size(file) / reader.charactersRead());
        }
    }
}
