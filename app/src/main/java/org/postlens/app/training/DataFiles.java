package org.postlens.app.training;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reading the plain files data sets come in: UTF-8 lines, tab-separated rows without quoting, CSV. */
final class DataFiles {

    /** Tab-separated, no quoting (a quote is part of the text), as the CheckThat! and LIAR files are meant to be read. */
    static final CSVFormat TSV_UNQUOTED = CSVFormat.TDF.builder().setQuote(null).setIgnoreSurroundingSpaces(false)
            .setTrim(false).build();

    private DataFiles() {
    }

    /** The file's lines, without line ends ({@code \n} or {@code \r\n}); bytes that are not UTF-8 become U+FFFD rather than failing the file. */
    static List<String> lines(Path file) throws IOException {
        String text;
        try (Reader reader = reader(file)) {
            StringBuilder builder = new StringBuilder();
            char[] buffer = new char[64 * 1024];
            int count;
            while ((count = reader.read(buffer)) > 0) {
                builder.append(buffer, 0, count);
            }
            text = builder.toString();
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        // Only \n ends a line: in files whose nth text goes with the nth label, a stray \r inside a tweet must not
        // shift every later text against its label.
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            int stop = end < 0 ? text.length() : end;
            if (stop > start && text.charAt(stop - 1) == '\r') {
                stop--;
            }
            lines.add(text.substring(start, stop));
            start = next;
        }
        return lines;
    }

    /**
     * Each CSV record with its 1-based record number; a record that breaks the parser ends the file, reported as
     * one bad row through {@code broken} (commons-csv cannot resume after a broken quote).
     */
    static void csv(Path file, CSVFormat format, BiConsumer<Long, CSVRecord> each, BiConsumer<String, String> broken)
            throws IOException {
        try (Reader reader = reader(file); CSVParser parser = CSVParser.parse(reader, format)) {
            long number = 0;
            try {
                for (CSVRecord record : parser) {
                    number++;
                    each.accept(number, record);
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                broken.accept(file.getFileName() + " record " + (number + 1),
                        "unreadable from here on: " + e.getMessage());
            }
        }
    }

    /** A field written CSV-style ("…" with doubled quotes inside) in a file read without quoting: its plain text. */
    static String unquote(String field) {
        String value = field.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\"\"", "\"");
        }
        return value;
    }

    static String where(Path file, long number) {
        return file.getFileName() + " row " + number;
    }

    private static Reader reader(Path file) throws IOException {
        return new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }
}
