package org.postlens.app.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The formats posts can be imported from. */
public enum FileFormat {
    CSV, JSON, JSONL;

    private static final int SNIFF_CHARS = 64 * 1024;

    /**
     * By extension ({@code .csv .tsv .txt} → CSV, {@code .jsonl .ndjson} → JSONL); a {@code .json} file, or one with
     * another extension, is sniffed: a first non-blank character {@code [} or {@code &#123;} means JSON, and JSONL
     * when the first line is a complete object followed by another line starting with {@code &#123;}.
     */
    public static FileFormat detect(Path file) throws IOException {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        FileFormat sniffed = sniff(file);
        if (name.endsWith(".json") && sniffed == CSV) {
            return JSON;
        }
        return sniffed;
    }

    private static FileFormat sniff(Path file) throws IOException {
        String head = readHead(file).strip();
        if (head.startsWith("[")) {
            return JSON;
        }
        if (!head.startsWith("{")) {
            return CSV;
        }
        String[] lines = head.split("\\R", 3);
        boolean firstLineIsObject = lines[0].strip().endsWith("}");
        boolean secondLineIsObject = lines.length > 1 && lines[1].strip().startsWith("{");
        return firstLineIsObject && secondLineIsObject ? JSONL : JSON;
    }

    private static String readHead(Path file) throws IOException {
        try (DecodingCharSource source = DecodingCharSource.open(file, null)) {
            char[] buffer = new char[SNIFF_CHARS];
            int total = 0;
            int count;
            while (total < buffer.length && (count = source.read(buffer, total, buffer.length - total)) > 0) {
                total += count;
            }
            return new String(buffer, 0, total);
        }
    }
}
