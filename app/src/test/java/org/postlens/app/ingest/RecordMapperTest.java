package org.postlens.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postlens.app.domain.ImageRef;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.PostDraft;

class RecordMapperTest {

    private static final Path BASE = Path.of("/data/export").toAbsolutePath();

    private final FieldMapping mapping = new FieldMapping(columnsByName(), "telegram", ZoneId.of("Asia/Riyadh"));
    private final RecordMapper mapper = new RecordMapper(mapping, BASE, "posts.csv");

    private static Map<PostField, String> columnsByName() {
        Map<PostField, String> columns = new EnumMap<>(PostField.class);
        for (PostField field : PostField.values()) {
            columns.put(field, field.name().toLowerCase());
        }
        return columns;
    }

    private static SourceRecord record(String... keyValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            fields.put(keyValues[i], keyValues[i + 1]);
        }
        return new SourceRecord(7, 12, fields, "raw row text");
    }

    @Test
    void mapsEveryField() throws Exception {
        MappedRecord mapped = mapper.map(record("id", " 42 ", "text", "  مرحبا\n  world  \r", "created_at",
                "2024-03-10 12:00", "author", "ann", "url", "https://t.me/x/42", "likes", "1,234",
                "shares", "1.2K", "replies", "3M", "views", "", "lang", "AR-sa", "images", ""));

        assertThat(mapped.problems()).isEmpty();
        PostDraft draft = mapped.draft();
        assertThat(draft.platform()).isEqualTo("telegram");
        assertThat(draft.sourceId()).isEqualTo("42");
        assertThat(draft.text()).isEqualTo("  مرحبا\n  world  ");
        assertThat(draft.createdAt()).isEqualTo(Instant.parse("2024-03-10T09:00:00Z"));
        assertThat(draft.author()).isEqualTo("ann");
        assertThat(draft.url()).isEqualTo("https://t.me/x/42");
        assertThat(draft.likes()).isEqualTo(1234L);
        assertThat(draft.shares()).isEqualTo(1200L);
        assertThat(draft.replies()).isEqualTo(3_000_000L);
        assertThat(draft.views()).isNull();
        assertThat(draft.lang()).isEqualTo("ar");
        assertThat(draft.images()).isEmpty();
        assertThat(draft.recordNumber()).isEqualTo(7);
        assertThat(draft.line()).isEqualTo(12);
        assertThat(new ObjectMapper().readTree(draft.raw()).get("likes").asText()).isEqualTo("1,234");
    }

    @Test
    void rejectsARowWithNeitherTextNorImage() {
        MappedRecord mapped = mapper.map(record("id", "1", "text", "   ", "images", ""));

        assertThat(mapped.draft()).isNull();
        assertThat(mapped.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(ImportProblem.Severity.REJECTED);
            assertThat(problem.reason()).isEqualTo("no text and no image");
            assertThat(problem.file()).isEqualTo("posts.csv");
            assertThat(problem.recordNumber()).isEqualTo(7);
            assertThat(problem.line()).isEqualTo(12);
            assertThat(problem.excerpt()).isEqualTo("raw row text");
        });
    }

    @Test
    void unreadableDateAndNumberKeepThePostWithWarnings() {
        MappedRecord mapped = mapper.map(record("text", "hello", "created_at", "last tuesday", "likes", "lots"));

        assertThat(mapped.draft()).isNotNull();
        assertThat(mapped.draft().createdAt()).isNull();
        assertThat(mapped.draft().likes()).isNull();
        assertThat(mapped.problems()).extracting(ImportProblem::severity)
                .containsOnly(ImportProblem.Severity.WARNING);
        assertThat(mapped.problems()).extracting(ImportProblem::reason).containsExactly(
                "could not read the date in column 'created_at': \"last tuesday\"",
                "could not read the number in column 'likes': \"lots\"");
    }

    @Test
    void missingIdBecomesADeterministicContentHash() {
        SourceRecord row = record("id", "", "text", "same post", "author", "ann", "created_at", "2024-03-10");
        String first = mapper.map(row).draft().sourceId();
        String again = new RecordMapper(mapping, BASE, "other.csv").map(row).draft().sourceId();
        String different = mapper.map(record("text", "another post", "author", "ann")).draft().sourceId();

        assertThat(first).startsWith("sha1:").hasSize(5 + 40).isEqualTo(again).isNotEqualTo(different);
    }

    @Test
    void imagesOnlyRowIsKeptAndImagesAreSplitAndResolved() {
        MappedRecord mapped = mapper.map(record("images",
                "pics/a.jpg; https://cdn.example.com/b.png | /abs/c.gif"));

        assertThat(mapped.draft().text()).isNull();
        assertThat(mapped.draft().images()).containsExactly(
                new ImageRef.LocalFile(BASE.resolve("pics/a.jpg"), "pics/a.jpg"),
                new ImageRef.RemoteUrl("https://cdn.example.com/b.png"),
                new ImageRef.LocalFile(Path.of("/abs/c.gif"), "/abs/c.gif"));
    }

    @Test
    void imagesFromJsonArraysAndCommaLists() {
        assertThat(mapper.map(record("text", "t", "images", "[\"a.jpg\",\"http://x.org/b.jpg\"]")).draft().images())
                .containsExactly(new ImageRef.LocalFile(BASE.resolve("a.jpg"), "a.jpg"),
                        new ImageRef.RemoteUrl("http://x.org/b.jpg"));
        assertThat(mapper.map(record("text", "t", "images",
                "[{\"media_url_https\":\"https://pbs.twimg.com/media/1.jpg\",\"type\":\"photo\"}]")).draft().images())
                .containsExactly(new ImageRef.RemoteUrl("https://pbs.twimg.com/media/1.jpg"));
        assertThat(mapper.map(record("text", "t", "images", "a.jpg, b.png")).draft().images()).hasSize(2);
        assertThat(mapper.map(record("text", "t", "images", "holiday, beach.jpg")).draft().images())
                .as("a comma inside a file name does not split it")
                .containsExactly(new ImageRef.LocalFile(BASE.resolve("holiday, beach.jpg"), "holiday, beach.jpg"));
    }

    @Test
    void languageCodesAreNormalised() {
        assertThat(RecordMapper.languageCode("EN")).isEqualTo("en");
        assertThat(RecordMapper.languageCode("ar-SA")).isEqualTo("ar");
        assertThat(RecordMapper.languageCode("pt_BR")).isEqualTo("pt");
        assertThat(RecordMapper.languageCode("  ")).isNull();
    }

    @Test
    void unmappedFieldsStayEmpty() {
        RecordMapper textOnly = new RecordMapper(new FieldMapping(Map.of(PostField.TEXT, "body"), null, null),
                null, "f.csv");

        PostDraft draft = textOnly.map(record("body", "only text", "likes", "5")).draft();

        assertThat(draft.text()).isEqualTo("only text");
        assertThat(draft.likes()).isNull();
        assertThat(draft.platform()).isEmpty();
    }
}
