package org.postlens.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.AnnotationOrigin;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.SchemaDraft;
import org.postlens.app.domain.SchemaKind;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.service.ImportRequest;
import org.postlens.app.service.ImportService;
import org.postlens.app.store.Project;

/**
 * People's labels in exports: written from a real project across more than one page of posts, read back from the
 * JSONL and CSV files, and compared with the labels the project holds.
 */
class LabelExportTest {

    private static final int POSTS = ExportService.PAGE_SIZE * 2 + 37;

    @TempDir
    Path dir;

    @Test
    void jsonlCarriesEachSchemasGoldLabelAndEveryAnnotatorsLabel() throws Exception {
        try (Project project = labelledProject()) {
            Path out = dir.resolve("out.jsonl");
            new ExportService(project).export(ExportRequest.ofQuery(PostQuery.all(), out, ExportFormat.JSONL),
                    ProgressListener.none(), CancellationToken.none());

            Map<String, JsonNode> byId = new HashMap<>();
            ObjectMapper mapper = new ObjectMapper();
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                JsonNode post = mapper.readTree(line);
                byId.put(post.get("id").asText(), post);
            }
            assertThat(byId).hasSize(POSTS);
            assertThat(byId.get("p1").get("labels").toString()).isEqualTo(
                    "{\"verdict\":{\"gold\":[\"false\"],\"by\":{\"ana\":[\"false\"],\"ben\":[\"false\"]}}}");
            JsonNode disputed = byId.get("p600").get("labels").get("verdict");
            assertThat(disputed.get("gold").toString()).isEqualTo("[\"misleading\"]");
            assertThat(disputed.get("adjudicated").toString()).isEqualTo("[\"misleading\"]");
            assertThat(disputed.get("by").toString()).isEqualTo("{\"ana\":[\"true\"],\"ben\":[\"false\"]}");
            assertThat(byId.get("p601").get("labels").get("verdict").get("gold").isNull()).isTrue();
            assertThat(byId.get("p" + POSTS).get("labels").toString()).isEqualTo(
                    "{\"techniques\":{\"gold\":[],\"by\":{\"ana\":[]}},\"verdict\":{\"gold\":[\"true\"],\"by\":{\"ben\":[\"true\"]}}}");
            assertThat(byId.get("p2").get("labels").toString()).isEqualTo("{}");
        }
    }

    @Test
    void csvHasAGoldLabelColumnPerLabelledSchemaAlsoForASelection() throws Exception {
        try (Project project = labelledProject()) {
            Path out = dir.resolve("out.csv");
            List<Long> selection = List.of(id(project, "p" + POSTS), id(project, "p2"), id(project, "p1"),
                    id(project, "p600"), id(project, "p601"));
            new ExportService(project).export(ExportRequest.ofSelection(selection, out, ExportFormat.CSV),
                    ProgressListener.none(), CancellationToken.none());

            List<CSVRecord> rows;
            try (Reader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
                rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).getRecords();
            }
            assertThat(rows).extracting(row -> row.get("id")).containsExactly("p" + POSTS, "p2", "p1", "p600", "p601");
            assertThat(rows).extracting(row -> row.get("label.verdict"))
                    .containsExactly("true", "", "false", "misleading", "");
            assertThat(rows).extracting(row -> row.get("label.techniques")).containsExactly("none", "", "", "", "");
        }
    }

    @Test
    void aProjectWithoutLabelsExportsNoLabelFields() throws Exception {
        try (Project project = Project.create(dir.resolve("empty.postlens"))) {
            importPosts(project, 3);
            Path out = dir.resolve("out.jsonl");
            new ExportService(project).export(ExportRequest.ofQuery(PostQuery.all(), out, ExportFormat.JSONL),
                    ProgressListener.none(), CancellationToken.none());

            assertThat(Files.readAllLines(out)).hasSize(3).noneMatch(line -> line.contains("\"labels\""));
        }
    }

    private Project labelledProject() throws Exception {
        Project project = Project.create(dir.resolve("p.postlens"));
        importPosts(project, POSTS);
        LabelSchema verdict = project.labelSchemas().create(new SchemaDraft("verdict", "Verdict", SchemaKind.VERDICT,
                List.of("true", "misleading", "false"), "", List.of(), null), false);
        LabelSchema techniques = project.labelSchemas().create(new SchemaDraft("techniques", "Techniques",
                SchemaKind.MULTI, List.of("slogans", "doubt"), "", List.of(), null), false);
        label(project, verdict, "p1", "ana", "false");
        label(project, verdict, "p1", "ben", "false");
        label(project, verdict, "p600", "ana", "true");
        label(project, verdict, "p600", "ben", "false");
        project.annotations().add(verdict, new NewAnnotation(id(project, "p600"), verdict.id(), "carl",
                List.of("misleading"), "", List.of(), AnnotationOrigin.ADJUDICATION));
        label(project, verdict, "p601", "ana", "true");
        label(project, verdict, "p601", "ben", "false");
        label(project, verdict, "p" + POSTS, "ben", "true");
        project.annotations().add(techniques, NewAnnotation.of(id(project, "p" + POSTS), techniques.id(), "ana", List.of()));
        return project;
    }

    private static void label(Project project, LabelSchema schema, String post, String annotator, String label) {
        project.annotations().add(schema, NewAnnotation.of(id(project, post), schema.id(), annotator, List.of(label)));
    }

    private static long id(Project project, String sourceId) {
        return project.posts().findBySourceId("", sourceId).orElseThrow().id();
    }

    private void importPosts(Project project, int count) throws Exception {
        StringBuilder csv = new StringBuilder("id,created_at,text\n");
        for (int i = 1; i <= count; i++) {
            csv.append("p").append(i).append(",2026-03-01T12:00:00Z,post number ").append(i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("posts-" + count + ".csv"), csv, StandardCharsets.UTF_8);
        new ImportService(project).importFile(file, ImportRequest.auto(), ProgressListener.none(), CancellationToken.none());
    }
}
