package org.postlens.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.Project;

/** A file big enough to import as a bulk load ends with every index in place, whether it completes or is cancelled. */
class BulkLoadTest {

    private static final List<String> INDEXES = List.of(
            "posts_by_created_at", "posts_by_account", "posts_by_likes", "posts_by_shares", "posts_by_lang");

    @TempDir
    Path dir;

    @Test
    void aCompletedBulkLoadLeavesTheIndexesAndASearchableTextIndex() throws Exception {
        Path csv = csv(ImportService.BULK_LOAD_RECORDS + 10);
        Path file = dir.resolve("bulk.postlens");
        try (Project project = Project.create(file)) {
            ImportReport report = new ImportService(project).importFile(csv, ImportRequest.auto(), ProgressListener.none(),
                    CancellationToken.none());

            assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.COMPLETED);
            assertThat(KilledImportTest.postIndexes(file)).containsExactlyInAnyOrderElementsOf(INDEXES);
            assertThat(project.posts().count(PostQuery.all().withSearch("harbour"))).isEqualTo(report.postsAdded());
        }
    }

    @Test
    void aCancelledBulkLoadAlsoRebuildsTheIndexes() throws Exception {
        Path csv = csv(ImportService.BULK_LOAD_RECORDS + 10);
        Path file = dir.resolve("cancelled.postlens");
        try (Project project = Project.create(file)) {
            CancellationToken cancel = new CancellationToken();
            ImportReport report = new ImportService(project).importFile(csv, ImportRequest.auto(),
                    progress -> cancel.cancel(), cancel);

            assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.CANCELLED);
            assertThat(KilledImportTest.postIndexes(file)).containsExactlyInAnyOrderElementsOf(INDEXES);
        }
    }

    private Path csv(long rows) throws Exception {
        Path csv = dir.resolve("posts-" + rows + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("id,text,author,created_at,likes,lang\n");
            for (long i = 1; i <= rows; i++) {
                out.write(i + ",\"the harbour flooded again, report " + i + "\",user" + (i % 300)
                        + ",2026-03-01T10:00:00Z," + (i * 7919 % 1000) + ",en\n");
            }
        }
        return csv;
    }
}
