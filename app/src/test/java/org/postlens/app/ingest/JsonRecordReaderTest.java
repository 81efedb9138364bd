package org.postlens.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postlens.app.ingest.ReaderTestSupport.readAll;
import static org.postlens.app.ingest.ReaderTestSupport.write;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.ingest.ReaderTestSupport.ReadAll;

class JsonRecordReaderTest {

    @TempDir
    Path dir;

    @Test
    void jsonlMalformedLineIsRejectedAndReadingContinues() throws IOException {
        String jsonl = "{\"id\":1,\"text\":\"one\"}\n"
                + "\n"
                + "{\"id\":2,\"text\":\"two\"\n"
                + "[1,2]\r\n"
                + "{\"id\":3,\"text\":\"three\"}";
        ReadAll read = readAll(write(dir, "posts.jsonl", jsonl));

        assertThat(read.values("text")).containsExactly("one", "three");
        assertThat(read.ok()).extracting(SourceRecord::line).containsExactly(1L, 5L);
        assertThat(read.bad()).hasSize(2);
        assertThat(read.bad().get(0).line()).isEqualTo(3);
        assertThat(read.bad().get(0).reason()).startsWith("malformed JSON");
        assertThat(read.bad().get(0).excerpt()).isEqualTo("{\"id\":2,\"text\":\"two\"");
        assertThat(read.bad().get(1).line()).isEqualTo(4);
        assertThat(read.bad().get(1).reason()).isEqualTo("expected a JSON object, found an array");
    }

    @Test
    void jsonArrayIsStreamedWithLinesAndNonObjectsRejected() throws IOException {
        String json = "[\n"
                + "  {\"id\": \"a\", \"text\": \"first\"},\n"
                + "  42,\n"
                + "  {\"id\": \"b\",\n"
                + "   \"text\": \"second\"}\n"
                + "]\n";
        ReadAll read = readAll(write(dir, "posts.json", json));

        assertThat(read.values("id")).containsExactly("a", "b");
        assertThat(read.ok()).extracting(SourceRecord::line).containsExactly(2L, 4L);
        assertThat(read.ok()).extracting(SourceRecord::recordNumber).containsExactly(1L, 3L);
        assertThat(read.bad()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).isEqualTo("expected a JSON object, found a number");
        });
        assertThat(read.ok().get(0).rawText()).isEqualTo("{\"id\":\"a\",\"text\":\"first\"}");
    }

    @Test
    void dataWrapperIsFoundAfterOtherTopLevelFields() throws IOException {
        String json = "{\"meta\": {\"count\": 2, \"tags\": [\"x\"]}, \"empty\": [], \"numbers\": [1, 2],"
                + " \"data\": [{\"id\": \"1\", \"text\": \"hi\"}, {\"id\": \"2\", \"text\": \"there\"}],"
                + " \"includes\": {\"users\": [{\"id\": \"u\"}]}}";
        ReadAll read = readAll(write(dir, "api.json", json));

        assertThat(read.values("text")).containsExactly("hi", "there");
        assertThat(read.bad()).isEmpty();
    }

    @Test
    void malformedElementStopsCleanlyKeepingEverythingBefore() throws IOException {
        String json = "{\"posts\": [\n"
                + "{\"id\": 1, \"text\": \"kept\"},\n"
                + "{\"id\": 2, \"text\": \"broken\" \"oops\": 1},\n"
                + "{\"id\": 3, \"text\": \"never reached\"}\n"
                + "]}";
        ReadAll read = readAll(write(dir, "broken.json", json));

        assertThat(read.values("text")).containsExactly("kept");
        assertThat(read.bad()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.recordNumber()).isEqualTo(2);
            assertThat(problem.reason()).startsWith("malformed JSON at line 3");
            assertThat(problem.excerpt()).startsWith("{\"id\": 2, \"text\": \"broken\"");
        });
    }

    @Test
    void nestedObjectsAreFlattenedAndArraysKeptAsJson() throws IOException {
        String json = "[{\"id_str\": \"99\", \"full_text\": \"hello\", \"user\": {\"screen_name\": \"ann\","
                + " \"profile\": {\"verified\": true}}, \"public_metrics\": {\"like_count\": 5},"
                + " \"hashtags\": [\"a\", \"b\"], \"score\": 1.50, \"gone\": null}]";
        ReadAll read = readAll(write(dir, "nested.json", json));

        assertThat(read.columns()).containsExactly("id_str", "full_text", "user.screen_name",
                "user.profile.verified", "public_metrics.like_count", "hashtags", "score", "gone");
        SourceRecord record = read.ok().get(0);
        assertThat(record.get("user.screen_name")).isEqualTo("ann");
        assertThat(record.get("user.profile.verified")).isEqualTo("true");
        assertThat(record.get("public_metrics.like_count")).isEqualTo("5");
        assertThat(record.get("hashtags")).isEqualTo("[\"a\",\"b\"]");
        assertThat(record.get("score")).isEqualTo("1.50");
        assertThat(record.get("gone")).isEmpty();
    }

    @Test
    void arabicAndHindiTextRoundTripIntact() throws IOException {
        String arabic = "مرحبا بالعالم 👋 «اقتباس»";
        String hindi = "नमस्ते दुनिया, क्या हाल है?";
        ReadAll jsonl = readAll(write(dir, "scripts.ndjson",
                "{\"text\":\"" + arabic + "\"}\n{\"text\":\"" + hindi + "\"}\n"));
        ReadAll csv = readAll(write(dir, "scripts.csv", "text\n\"" + arabic + "\"\n\"" + hindi + "\"\n"));

        assertThat(jsonl.values("text")).containsExactly(arabic, hindi);
        assertThat(csv.values("text")).containsExactly(arabic, hindi);
    }

    @Test
    void columnsAreKnownBeforeTheFirstNext() throws IOException {
        Path file = write(dir, "cols.jsonl", "{\"a\":1}\n{\"b\":2}\n");
        try (RecordReader reader = RecordReaders.open(file, ReaderOptions.auto())) {
            assertThat(reader.columns()).containsExactly("a", "b");
        }
    }

    @Test
    void formatIsDetectedByExtensionThenContent() throws IOException {
        assertThat(FileFormat.detect(write(dir, "a.tsv", "x\ty\n"))).isEqualTo(FileFormat.CSV);
        assertThat(FileFormat.detect(write(dir, "a.ndjson", "{}\n"))).isEqualTo(FileFormat.JSONL);
        assertThat(FileFormat.detect(write(dir, "a.json", "{\"a\":1}\n{\"a\":2}\n"))).isEqualTo(FileFormat.JSONL);
        assertThat(FileFormat.detect(write(dir, "b.json", "{\n \"data\": []\n}"))).isEqualTo(FileFormat.JSON);
        assertThat(FileFormat.detect(write(dir, "export", "  [ {} ]"))).isEqualTo(FileFormat.JSON);
        assertThat(FileFormat.detect(write(dir, "export2", "id,text\n"))).isEqualTo(FileFormat.CSV);
    }

    @Test
    void estimatesJsonRecordsFromASample() throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"text\":\"post number ")
                    .append(i).append("\"}\n");
        }
        Path file = write(dir, "big.json", json.append("]").toString());

        assertThat(RecordReaders.estimateRecords(file, ReaderOptions.auto())).isBetween(800L, 1200L);
        assertThat(RecordReaders.estimateRecords(write(dir, "l.jsonl", "{}\n{}\n{}"), null)).isEqualTo(3);
    }
}
