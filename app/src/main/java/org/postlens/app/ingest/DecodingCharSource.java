package org.postlens.app.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Decodes a file's bytes to characters, skipping a byte-order mark, and replaces undecodable bytes with U+FFFD
 * instead of failing. It remembers where those replacements were, so a reader can reject exactly the records that
 * held bad bytes (a real U+FFFD written in the file is not mistaken for one).
 */
final class DecodingCharSource extends Reader {

    private static final char REPLACEMENT = '\uFFFD';
    private static final int BUFFER = 8192;
    private static final int RECENT = 64 * 1024;

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final char[] chars = new char[BUFFER];
    private final boolean[] malformed = new boolean[BUFFER];
    private final char[] recent = new char[RECENT];
    private final NavigableSet<Long> malformedPositions = new TreeSet<>();
    private int next;
    private int limit;
    private boolean inputDone;
    private boolean flushed;
    private long position;

    private DecodingCharSource(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    static DecodingCharSource open(Path file, Charset requested) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            BOMInputStream bomStripped = BOMInputStream.builder()
                    .setInputStream(new BufferedInputStream(raw, 64 * 1024))
                    .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE,
                            ByteOrderMark.UTF_32LE, ByteOrderMark.UTF_32BE)
                    .setInclude(false)
                    .get();
            String bomCharset = bomStripped.getBOMCharsetName();
            Charset charset = bomCharset != null ? Charset.forName(bomCharset)
                    : requested != null ? requested : StandardCharsets.UTF_8;
            return new DecodingCharSource(bomStripped, charset);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    Charset charset() {
        return charset;
    }

    /** Number of characters handed out so far. */
    long position() {
        return position;
    }

    boolean hasMalformedBetween(long fromInclusive, long toExclusive) {
        return fromInclusive < toExclusive
                && !malformedPositions.subSet(fromInclusive, true, toExclusive, false).isEmpty();
    }

    void forgetBefore(long pos) {
        malformedPositions.headSet(pos, false).clear();
    }

    String invalidBytesReason() {
        return "invalid " + charset.name() + " byte sequence — the file may be in another encoding; "
                + "choose it when importing";
    }

    /** Up to {@code max} characters from {@code from}, if they are still among the last 64 KiB handed out. */
    String recentText(long from, int max) {
        long start = Math.max(from, Math.max(0, position - RECENT));
        int length = (int) Math.min(max, position - start);
        StringBuilder text = new StringBuilder(Math.max(0, length));
        for (long p = start; p < start + length; p++) {
            text.append(recent[(int) (p % RECENT)]);
        }
        return text.toString();
    }

    @Override
    public int read() throws IOException {
        if (next >= limit && !fill()) {
            return -1;
        }
        take(next);
        return chars[next++];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (next >= limit && !fill()) {
            return -1;
        }
        int count = Math.min(length, limit - next);
        for (int i = 0; i < count; i++) {
            take(next + i);
        }
        System.arraycopy(chars, next, buffer, offset, count);
        next += count;
        return count;
    }

    private void take(int index) {
        if (malformed[index]) {
            malformedPositions.add(position);
        }
        recent[(int) (position % RECENT)] = chars[index];
        position++;
    }

    private boolean fill() throws IOException {
        Arrays.fill(malformed, 0, limit, false);
        next = 0;
        limit = 0;
        CharBuffer out = CharBuffer.wrap(chars);
        while (out.position() == 0 && !flushed) {
            CoderResult result = decoder.decode(bytes, out, inputDone);
            if (result.isError()) {
                bytes.position(bytes.position() + result.length());
                malformed[out.position()] = true;
                out.put(REPLACEMENT);
            } else if (result.isOverflow()) {
                break;
            } else if (inputDone) {
                decoder.flush(out);
                flushed = true;
            } else {
                readMoreBytes();
            }
        }
        limit = out.position();
        return limit > 0;
    }

    private void readMoreBytes() throws IOException {
        bytes.compact();
        int count = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (count < 0) {
            inputDone = true;
        } else {
            bytes.position(bytes.position() + count);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
