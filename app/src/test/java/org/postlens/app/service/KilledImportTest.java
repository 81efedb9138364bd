package org.postlens.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.ImportStatus;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.Project;

/** An import killed with SIGKILL half-way leaves a consistent project, and importing again completes it. */
class KilledImportTest {

    private static final int ROWS = 400_000;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesAConsistentProjectThatAReimportCompletes() throws Exception {
        Path csv = dir.resolve("posts.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("id,text,author,created_at\n");
            for (int i = 1; i <= ROWS; i++) {
                out.write(i + ",\"post " + i + " about the flood, day " + (i % 30) + "\",user" + (i % 500)
                        + ",2026-03-01T10:00:00Z\n");
                if (i % 100_000 == 0) {
                    out.write("not,a,valid,row,at," + i + "\n");
                }
            }
        }
        Path project = dir.resolve("killed.postlens");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportInChildProcess.class.getName(),
                project.toString(), csv.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
        long committed = waitForCommittedRecords(project, child, Duration.ofSeconds(120));
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        assertThat(committed).as("the child committed some batches before it was killed").isPositive();
        assertThat(postIndexes(project)).as("a bulk load drops the posts' indexes while it runs").isEmpty();

        try (Project reopened = Project.open(project)) {
            assertThat(integrityCheck(project)).isEqualTo("ok");
            assertThat(postIndexes(project)).as("opening the project builds them again").containsExactlyInAnyOrder(
                    "posts_by_created_at", "posts_by_account", "posts_by_likes", "posts_by_shares", "posts_by_lang");
            var source = reopened.imports().sources().get(0);
            assertThat(source.status()).isEqualTo(ImportStatus.RUNNING);
            assertThat(source.recordsDone()).isLessThan(ROWS);
            // Everything committed is whole: each stored post is indexed, none beyond the recorded position.
            long stored = reopened.stats().posts();
            assertThat(stored).isEqualTo(source.postsAdded());
            assertThat(reopened.posts().count(PostQuery.all().withSearch("flood"))).isEqualTo(stored);

            ImportReport resumed = new ImportService(reopened).importFile(csv, ImportRequest.auto(),
                    ProgressListener.none(), CancellationToken.none());
            assertThat(resumed.outcome()).isEqualTo(ImportReport.Outcome.COMPLETED);
            assertThat(resumed.duplicates()).isZero();
            assertThat(reopened.stats().posts()).isEqualTo(ROWS);
            assertThat(reopened.stats().importErrors()).isEqualTo(ROWS / 100_000);
            assertThat(reopened.posts().count(PostQuery.all().withSearch("flood"))).isEqualTo(ROWS);
        }
    }

    private static long waitForCommittedRecords(Path project, Process child, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Files.exists(project)) {
                long done = recordsDone(project);
                if (done > 0) {
                    return done;
                }
            }
            Thread.sleep(20);
        }
        return -1;
    }

    private static long recordsDone(Path project) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project);
             Statement sql = c.createStatement();
             ResultSet row = sql.executeQuery("SELECT coalesce(max(records_done), 0) FROM import_sources")) {
            return row.next() ? row.getLong(1) : 0;
        } catch (Exception notReadyYet) {
            return 0;
        }
    }

    /** The posts table's secondary indexes (not SQLite's own for its UNIQUE constraint). */
    static java.util.List<String> postIndexes(Path project) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project);
             Statement sql = c.createStatement();
             ResultSet row = sql.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'posts' AND sql IS NOT NULL")) {
            while (row.next()) {
                names.add(row.getString(1));
            }
        }
        return names;
    }

    private static String integrityCheck(Path project) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project);
             Statement sql = c.createStatement();
             ResultSet row = sql.executeQuery("PRAGMA integrity_check")) {
            row.next();
            return row.getString(1);
        }
    }
}
