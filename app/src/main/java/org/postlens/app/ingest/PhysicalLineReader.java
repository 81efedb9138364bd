package org.postlens.app.ingest;

import java.io.IOException;

/** Reads physical lines ended by {@code \n}, {@code \r\n} or {@code \r}, keeping at most a bounded prefix of each. */
final class PhysicalLineReader {

    /**
     * @param length the line's full length; {@code text} holds only its first {@code maxKept} characters
     */
    record Line(String text, long number, long startPosition, long endPosition, long length) {
        boolean truncated() {
            return length > text.length();
        }
    }

    private final DecodingCharSource source;
    private final int maxKept;
    private long lineNumber;
    private int pushedBack = -2;

    PhysicalLineReader(DecodingCharSource source, int maxKept) {
        this.source = source;
        this.maxKept = maxKept;
    }

    /** The next line, or {@code null} at end of file. */
    Line next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        lineNumber++;
        long start = source.position() - 1;
        StringBuilder text = new StringBuilder();
        long length = 0;
        while (c >= 0 && c != '\n' && c != '\r') {
            if (length < maxKept) {
                text.append((char) c);
            }
            length++;
            c = read();
        }
        long end = c < 0 ? source.position() : source.position() - 1;
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                pushedBack = after;
            }
        }
        return new Line(text.toString(), lineNumber, start, end, length);
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return source.read();
    }
}
