package org.postlens.app.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where each CSV record starts and ends, following the quoting rules of commons-csv's RFC 4180 format (a
 * quote opens a quoted field only at the start of a field). Splitting before parsing lets one broken record be
 * isolated and rejected without losing the ones after it, gives exact physical line numbers and the record's text
 * as written, and bounds memory: characters beyond the size limits are counted, not kept.
 * <p>
 * Since this pass already follows the quoting of every character, it also collects the fields of well-formed
 * records, so that those are not parsed a second time; records with irregular quoting are handed to commons-csv,
 * which decides and explains what is wrong with them.
 */
final class CsvRecordSplitter {

    private static final char QUOTE = '"';

    /**
     * One record's text as written (without its line break).
     *
     * @param unterminated the file ended inside a quoted field
     * @param oversized    the record was longer than {@link FieldSizeLimit#MAX_RECORD_CHARS}; {@code text} is cut
     * @param fields       the record's field values, or {@code null} when its quoting is irregular
     */
    record Chunk(String text, long startLine, long endLine, long startPosition, long endPosition,
                 long longestField, boolean unterminated, boolean oversized, List<String> fields) {
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_SEEN }

    private final DecodingCharSource source;
    private final char delimiter;
    private long line;
    private int pushedBack = -2;
    private final StringBuilder field = new StringBuilder();

    CsvRecordSplitter(DecodingCharSource source, char delimiter, long firstLine) {
        this.source = source;
        this.delimiter = delimiter;
        this.line = firstLine;
    }

    /** Skips physical lines; used to resume after a broken record. Returns false at end of file. */
    boolean skipLines(long count) throws IOException {
        long skipped = 0;
        while (skipped < count) {
            int c = read();
            if (c < 0) {
                return false;
            }
            if (c == '\r' || c == '\n') {
                consumeLineBreak(c);
                skipped++;
            }
        }
        line += count;
        return true;
    }

    /** The next non-blank record, or {@code null} at end of file. */
    Chunk next() throws IOException {
        int c = read();
        while (c == '\r' || c == '\n') {
            consumeLineBreak(c);
            line++;
            c = read();
        }
        if (c < 0) {
            return null;
        }
        long startLine = line;
        long startPosition = source.position() - 1;
        StringBuilder text = new StringBuilder();
        State state = State.FIELD_START;
        long fieldLength = 0;
        long longestField = 0;
        boolean oversized = false;
        List<String> fields = new ArrayList<>();
        boolean irregular = false;
        field.setLength(0);
        while (c >= 0) {
            boolean lineBreak = c == '\r' || c == '\n';
            if (lineBreak && state != State.QUOTED) {
                break;
            }
            boolean content = false;
            switch (state) {
                case FIELD_START -> {
                    if (c == QUOTE) {
                        state = State.QUOTED;
                    } else if (c != delimiter) {
                        state = State.UNQUOTED;
                        fieldLength++;
                        content = true;
                    }
                }
                case UNQUOTED -> {
                    if (c != delimiter) {
                        fieldLength++;
                        content = true;
                    }
                }
                case QUOTED -> {
                    if (c == QUOTE) {
                        state = State.QUOTE_SEEN;
                    } else {
                        fieldLength++;
                        content = true;
                    }
                }
                case QUOTE_SEEN -> {
                    if (c == QUOTE) {
                        state = State.QUOTED;
                        fieldLength++;
                        content = true;
                    } else if (c != delimiter) {
                        state = State.UNQUOTED; // broken quoting; commons-csv will report it
                        fieldLength++;
                        irregular = true;
                    }
                }
            }
            if (c == delimiter && state != State.QUOTED) {
                longestField = Math.max(longestField, fieldLength);
                fieldLength = 0;
                state = State.FIELD_START;
                fields.add(field.toString());
                field.setLength(0);
            }
            oversized |= text.length() >= FieldSizeLimit.MAX_RECORD_CHARS;
            boolean keep = !oversized && fieldLength <= FieldSizeLimit.MAX_FIELD_CHARS;
            if (keep) {
                text.append((char) c);
                if (content) {
                    field.append((char) c);
                }
            }
            if (lineBreak) {
                if (c == '\r' && peek() == '\n') {
                    read();
                    if (keep) {
                        text.append('\n');
                        field.append('\n');
                    }
                }
                line++;
            }
            c = read();
        }
        longestField = Math.max(longestField, fieldLength);
        long endLine = line;
        long endPosition = c < 0 ? source.position() : source.position() - 1;
        if (c >= 0) {
            consumeLineBreak(c);
            line++;
        }
        fields.add(field.toString());
        field.setLength(0);
        return new Chunk(text.toString(), startLine, endLine, startPosition, endPosition, longestField,
                state == State.QUOTED, oversized, irregular ? null : fields);
    }

    private void consumeLineBreak(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return source.read();
    }

    private int peek() throws IOException {
        if (pushedBack == -2) {
            pushedBack = source.read();
        }
        return pushedBack;
    }
}
