package org.postlens.app.ingest;

import java.nio.charset.Charset;

/**
 * How to decode an import file.
 *
 * @param charset   the file's encoding; {@code null} = automatic (a byte-order mark if present, else UTF-8). A
 *                  byte-order mark always wins over a chosen charset, because it is unambiguous.
 * @param delimiter CSV field delimiter; {@code null} = sniffed among {@code , ; TAB |}
 */
public record ReaderOptions(Charset charset, Character delimiter) {

    public static ReaderOptions auto() {
        return new ReaderOptions(null, null);
    }

    public ReaderOptions withCharset(Charset newCharset) {
        return new ReaderOptions(newCharset, delimiter);
    }

    public ReaderOptions withDelimiter(Character newDelimiter) {
        return new ReaderOptions(charset, newDelimiter);
    }
}
