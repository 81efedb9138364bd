package org.postlens.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.JobCancelledException;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.service.ImportRequest;
import org.postlens.app.service.ImportService;
import org.postlens.app.store.Project;

class ExportServiceTest {

    @TempDir
    Path dir;

    private Path projectFile;

    @BeforeEach
    void importPosts() throws Exception {
        Path csv = dir.resolve("in.csv");
        StringBuilder rows = new StringBuilder("id,text,created_at,author,likes,lang\n");
        for (int i = 1; i <= 50; i++) {
            rows.append(i).append(",post number ").append(i).append(i % 2 == 0 ? " flood" : " fire")
                    .append(",2026-03-").append(String.format("%02d", 1 + i % 28)).append("T10:00:00Z,")
                    .append(i % 3 == 0 ? "ann" : "bob").append(',').append(i).append(",en\n");
        }
        Files.writeString(csv, rows, StandardCharsets.UTF_8);
        projectFile = dir.resolve("p.postlens");
        try (Project project = Project.create(projectFile)) {
            new ImportService(project).importFile(csv, ImportRequest.auto(), ProgressListener.none(),
                    CancellationToken.none());
        }
    }

    @Test
    void exportsWhatTheFilterSelectsInItsOrderWithUtcMillisDates() throws Exception {
        Path out = dir.resolve("flood.jsonl");
        try (Project project = Project.open(projectFile)) {
            PostQuery query = PostQuery.all().withSearch("flood").withAuthor("ann").sortedBy(PostQuery.Sort.LIKES, true);
            ExportResult result = new ExportService(project).export(ExportRequest.ofQuery(query, out, ExportFormat.JSONL),
                    ProgressListener.none(), CancellationToken.none());
            assertThat(result.posts()).isEqualTo(8); // even and divisible by 3: 6, 12, ..., 48
            assertThat(result.mediaFolder()).isNull();
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(8);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("48");
        assertThat(first.get("likes").isIntegralNumber()).isTrue();
        assertThat(first.get("created_at").asText()).isEqualTo("2026-03-21T10:00:00.000Z");
        assertThat(first.get("images").isArray()).isTrue();
        assertThat(first.get("url").isNull()).isTrue();
        assertThat(first.get("source_file").asText()).isEqualTo("in.csv");
        assertThat(first.get("source_record").asLong()).isEqualTo(48);
    }

    @Test
    void exportsAnExplicitSelectionInTheGivenOrder() throws Exception {
        Path out = dir.resolve("picked.csv");
        try (Project project = Project.open(projectFile)) {
            List<Long> ids = new ArrayList<>();
            for (String sourceId : List.of("7", "3", "40")) {
                ids.add(project.posts().findBySourceId("", sourceId).map(Post::id).orElseThrow());
            }
            new ExportService(project).export(ExportRequest.ofSelection(ids, out, ExportFormat.CSV),
                    ProgressListener.none(), CancellationToken.none());
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("id,platform,created_at,author,text,url,likes,shares,replies,views,lang,"
                + "images,source_file,source_record");
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactly("7", "3", "40");
        assertThat(Files.readString(out)).contains("\r\n");
    }

    @Test
    void aCancelledExportLeavesNeitherOutputNorStagingFilesAndKeepsAnEarlierExport() throws Exception {
        Path out = dir.resolve("out").resolve("all.csv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "earlier export");
        CancellationToken cancel = new CancellationToken();
        int[] seen = {0};
        try (Project project = Project.open(projectFile)) {
            ExportService service = new ExportService(project);
            assertThatThrownBy(() -> service.export(ExportRequest.ofQuery(PostQuery.all(), out, ExportFormat.CSV),
                    progress -> {
                        if (++seen[0] >= 1) {
                            cancel.cancel();
                        }
                    }, cancel)).isInstanceOf(JobCancelledException.class);
        }
        assertThat(Files.readString(out)).isEqualTo("earlier export");
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
    }
}
