package org.postlens.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postlens.app.ingest.ReaderTestSupport.readAll;
import static org.postlens.app.ingest.ReaderTestSupport.write;
import static org.postlens.app.ingest.ReaderTestSupport.writeBytes;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.ingest.ReaderTestSupport.ReadAll;

class CsvRecordReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsHeaderAndRowsWithRecordNumbersAndLines() throws IOException {
        ReadAll read = readAll(write(dir, "posts.csv", "id,text,author\n1,hello,ann\n2,world,bob\n"));

        assertThat(read.columns()).containsExactly("id", "text", "author");
        assertThat(read.bad()).isEmpty();
        assertThat(read.ok()).extracting(SourceRecord::recordNumber).containsExactly(1L, 2L);
        assertThat(read.ok()).extracting(SourceRecord::line).containsExactly(2L, 3L);
        assertThat(read.ok().get(1).rawText()).isEqualTo("2,world,bob");
        assertThat(read.values("text")).containsExactly("hello", "world");
    }

    @Test
    void unterminatedQuoteRejectsThatRecordAndLaterRowsStillLand() throws IOException {
        String csv = "id,text\n"
                + "1,fine\n"
                + "2,\"this quote never closes\n"
                + "3,after one\n"
                + "4,after two\n";
        ReadAll read = readAll(write(dir, "broken.csv", csv));

        assertThat(read.bad()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(ImportProblem.Severity.REJECTED);
            assertThat(problem.file()).isEqualTo("broken.csv");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.recordNumber()).isEqualTo(2);
            assertThat(problem.reason()).contains("unterminated quoted field");
            assertThat(problem.excerpt()).startsWith("2,\"this quote never closes");
        });
        assertThat(read.values("id")).containsExactly("1", "3", "4");
        assertThat(read.ok()).extracting(SourceRecord::line).containsExactly(2L, 4L, 5L);
    }

    @Test
    void strayQuoteThatPairsWithALaterQuoteIsRecoveredLineByLine() throws IOException {
        String csv = "id,text\n"
                + "1,\"broken\n"
                + "2,\"fine\"\n"
                + "3,also fine\n";
        ReadAll read = readAll(write(dir, "stray.csv", csv));

        assertThat(read.bad()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).startsWith("broken quoting");
        });
        assertThat(read.values("text")).containsExactly("fine", "also fine");
    }

    @Test
    void manyStrayQuotesNeverLoopAndEveryLineIsAccountedFor() throws IOException {
        String csv = "id,text\n1,\"a\n2,\"b\n\"\"\"\n3,\"c\n4,ok\n";
        ReadAll read = readAll(write(dir, "quotes.csv", csv));

        // lines 3-4 are a valid record under RFC 4180: the quoted field holds b, a line break and an escaped quote
        assertThat(read.values("id")).containsExactly("2", "4");
        assertThat(read.values("text")).containsExactly("b\n\"", "ok");
        assertThat(read.bad()).extracting(ImportProblem::line).containsExactly(2L, 5L);
    }

    @Test
    void wrongColumnCountRejectsOnlyThatRow() throws IOException {
        String csv = "a,b,c,d,e,f,g,h\n1,2,3,4,5,6,7,8\n1,2,3,4,5,6\n9,9,9,9,9,9,9,9\n";
        ReadAll read = readAll(write(dir, "count.csv", csv));

        assertThat(read.bad()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo("expected 8 fields, found 6");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.excerpt()).isEqualTo("1,2,3,4,5,6");
        });
        assertThat(read.values("a")).containsExactly("1", "9");
    }

    @Test
    void invalidUtf8BytesRejectOnlyTheirRow() throws IOException {
        Path file = writeBytes(dir, "bad-bytes.csv",
                "id,text\n1,good\n2,bad ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                " bytes\n3,real replacement \uFFFD kept\n".getBytes(StandardCharsets.UTF_8));
        ReadAll read = readAll(file);

        assertThat(read.bad()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).isEqualTo("invalid UTF-8 byte sequence — the file may be in another "
                    + "encoding; choose it when importing");
        });
        assertThat(read.values("text")).containsExactly("good", "real replacement \uFFFD kept");
    }

    @Test
    void emptyFileAndHeaderOnlyFileYieldNoRecords() throws IOException {
        ReadAll empty = readAll(write(dir, "empty.csv", ""));
        assertThat(empty.columns()).isEmpty();
        assertThat(empty.ok()).isEmpty();
        assertThat(empty.bad()).isEmpty();

        ReadAll headerOnly = readAll(write(dir, "header.csv", "id;text;author\r\n"));
        assertThat(headerOnly.columns()).containsExactly("id", "text", "author");
        assertThat(headerOnly.ok()).isEmpty();
        assertThat(headerOnly.bad()).isEmpty();
    }

    @Test
    void tenMegabyteFieldRejectsItsRowAndOthersLand() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,text\n1,before\n2,\"");
            String block = "x".repeat(1024);
            for (int i = 0; i < 10 * 1024; i++) {
                out.write(block);
            }
            out.write("\"\n3,after\n");
        }
        ReadAll read = readAll(file);

        assertThat(read.bad()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo("field of 10,485,760 characters exceeds the 1 MiB limit");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.excerpt()).hasSizeLessThanOrEqualTo(ImportProblem.EXCERPT_LENGTH + 1);
        });
        assertThat(read.values("text")).containsExactly("before", "after");
    }

    @Test
    void utf8BomIsSkipped() throws IOException {
        Path file = writeBytes(dir, "bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "id,text\n1,café\n".getBytes(StandardCharsets.UTF_8));
        ReadAll read = readAll(file);

        assertThat(read.columns()).containsExactly("id", "text");
        assertThat(read.values("text")).containsExactly("café");
    }

    @Test
    void utf16LittleEndianWithBomIsDecoded() throws IOException {
        Path file = writeBytes(dir, "utf16.csv", new byte[] {(byte) 0xFF, (byte) 0xFE},
                "id\ttext\n1\tمرحبا بالعالم\n2\tनमस्ते दुनिया\n".getBytes(StandardCharsets.UTF_16LE));
        ReadAll read = readAll(file);

        assertThat(read.columns()).containsExactly("id", "text");
        assertThat(read.values("text")).containsExactly("مرحبا بالعالم", "नमस्ते दुनिया");
        assertThat(read.bad()).isEmpty();
    }

    @Test
    void windows1256ArabicReadsWithTheChosenCharset() throws IOException {
        Charset arabic = Charset.forName("windows-1256");
        Path file = write(dir, "arabic.csv", "id,text\n1,السلام عليكم\n", arabic);

        ReadAll asUtf8 = readAll(file);
        assertThat(asUtf8.bad()).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).startsWith("invalid UTF-8 byte sequence"));

        ReadAll chosen = readAll(file, new ReaderOptions(arabic, null));
        assertThat(chosen.bad()).isEmpty();
        assertThat(chosen.values("text")).containsExactly("السلام عليكم");
    }

    @Test
    void mixedLineEndingsAndMultiLineQuotedFieldsKeepPhysicalLineNumbers() throws IOException {
        String csv = "id,text\r\n"
                + "1,\"first\nsecond\r\nthird\"\r"
                + "2,plain\n"
                + "\n"
                + "3,\"a\rb\"\r\n"
                + "4,last";
        ReadAll read = readAll(write(dir, "lines.csv", csv));

        assertThat(read.bad()).isEmpty();
        assertThat(read.ok()).extracting(SourceRecord::recordNumber).containsExactly(1L, 2L, 3L, 4L);
        assertThat(read.ok()).extracting(SourceRecord::line).containsExactly(2L, 5L, 7L, 9L);
        assertThat(read.values("text")).containsExactly("first\nsecond\r\nthird", "plain", "a\rb", "last");
    }

    @Test
    void sniffsSemicolonAndTabButNotDelimitersInsideQuotes() throws IOException {
        ReadAll semicolon = readAll(write(dir, "semi.csv",
                "id;text;likes\n1;\"a, b, c, d, e\";3\n2;\"x,y\";4\n"));
        assertThat(semicolon.columns()).containsExactly("id", "text", "likes");
        assertThat(semicolon.values("text")).containsExactly("a, b, c, d, e", "x,y");

        ReadAll tab = readAll(write(dir, "tabs.tsv", "id\ttext\n1\thello; world, again\n"));
        assertThat(tab.columns()).containsExactly("id", "text");
        assertThat(tab.values("text")).containsExactly("hello; world, again");
    }

    @Test
    void chosenDelimiterOverridesSniffing() throws IOException {
        ReadAll read = readAll(write(dir, "pipes.txt", "id|text\n1|a,b\n"), new ReaderOptions(null, '|'));

        assertThat(read.values("text")).containsExactly("a,b");
    }

    @Test
    void duplicateAndBlankHeaderNamesAreMadeUnique() throws IOException {
        ReadAll read = readAll(write(dir, "dup.csv", "text,Text,\nx,y,z\n"));

        assertThat(read.columns()).containsExactly("text", "Text_2", "column_3");
        assertThat(read.ok().get(0).fields()).containsEntry("Text_2", "y");
    }

    @Test
    void previewAndEstimate() throws IOException {
        Path file = write(dir, "many.csv", "id,text\n1,a\n2,b,extra\n3,c\n4,d\n");

        assertThat(RecordReaders.preview(file, ReaderOptions.auto(), 2))
                .extracting(r -> r.get("id")).containsExactly("1", "3");
        assertThat(RecordReaders.estimateRecords(file, ReaderOptions.auto())).isEqualTo(4);
    }
}
