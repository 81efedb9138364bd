package org.postlens.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.store.ProjectFileException.Reason;

class ProjectFileTest {

    @TempDir
    Path dir;

    @Test
    void newProjectIsAnSqliteFileInWalModeWithTheCurrentSchema() throws Exception {
        Path file = dir.resolve("p.postlens");
        try (Project project = Project.create(file)) {
            assertThat(project.stats().posts()).isZero();
            assertThat(project.name()).isEqualTo("p");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = c.createStatement()) {
            assertThat(single(sql, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(single(sql, "PRAGMA user_version")).isEqualTo(String.valueOf(Project.formatVersion()));
            assertThat(single(sql, "PRAGMA application_id")).isEqualTo(String.valueOf(Migrations.APPLICATION_ID));
            assertThat(single(sql, "SELECT count(*) FROM sqlite_master WHERE name = 'posts_fts'")).isEqualTo("1");
        }
    }

    @Test
    void reopensWhatItWrote() throws Exception {
        Path file = dir.resolve("p.postlens");
        try (Project project = Project.create(file)) {
            StoreFixtures.write(project, StoreFixtures.source(project, "a.csv"),
                    List.of(StoreFixtures.post("1", "hello", "ann", "en", Instant.EPOCH, 1)), List.of());
        }
        try (Project project = Project.open(file)) {
            assertThat(project.stats().posts()).isEqualTo(1);
            assertThat(project.stats().accounts()).isEqualTo(1);
        }
    }

    @Test
    void refusesToCreateOverAnExistingFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.postlens"), "my notes");
        assertThatThrownBy(() -> Project.create(file))
                .isInstanceOf(ProjectFileException.class)
                .satisfies(e -> assertThat(((ProjectFileException) e).reason()).isEqualTo(Reason.ALREADY_EXISTS));
        assertThat(Files.readString(file)).isEqualTo("my notes");
    }

    @Test
    void aTextFileIsNotAProjectAndIsLeftUnchanged() throws Exception {
        Path file = Files.writeString(dir.resolve("posts.postlens"), "id,text\n1,hello\n");
        assertRefusedUnchanged(file, Reason.NOT_A_PROJECT, "not a Postlens project");
    }

    @Test
    void anEmptyFileIsNotAProject() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.postlens"));
        assertRefusedUnchanged(file, Reason.NOT_A_PROJECT, "not a Postlens project");
    }

    @Test
    void anotherSqliteDatabaseIsNotAProjectAndIsLeftUnchanged() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = c.createStatement()) {
            sql.execute("CREATE TABLE t (x)");
            sql.execute("INSERT INTO t VALUES (1)");
        }
        assertRefusedUnchanged(file, Reason.NOT_A_PROJECT, "SQLite database, but not a Postlens project");
    }

    @Test
    void aProjectFromANewerVersionIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("future.postlens");
        Project.create(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = c.createStatement()) {
            sql.execute("PRAGMA user_version = " + (Project.formatVersion() + 1));
        }
        assertRefusedUnchanged(file, Reason.NEWER_VERSION, "newer version of Postlens");
    }

    @Test
    void aDamagedProjectIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("damaged.postlens");
        try (Project project = Project.create(file)) {
            StoreFixtures.write(project, StoreFixtures.source(project, "a.csv"),
                    List.of(StoreFixtures.post("1", "hello", "ann", "en", Instant.EPOCH, 1)), List.of());
        }
        checkpoint(file);
        byte[] bytes = Files.readAllBytes(file);
        // Keep the valid header, smash the schema page.
        Arrays.fill(bytes, 100, Math.min(bytes.length, 4096), (byte) 0x5A);
        Files.write(file, bytes);
        assertRefusedUnchanged(file, Reason.CORRUPT, "damaged");
    }

    @Test
    void aTruncatedProjectIsRefused() throws Exception {
        Path file = dir.resolve("truncated.postlens");
        try (Project project = Project.create(file)) {
            StoreFixtures.write(project, StoreFixtures.source(project, "a.csv"),
                    List.of(StoreFixtures.post("1", "hello", "ann", "en", Instant.EPOCH, 1)), List.of());
        }
        checkpoint(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, 2048));
        assertRefusedUnchanged(file, Reason.CORRUPT, "damaged");
    }

    @Test
    void aMissingFileIsReportedAsSuch() {
        assertThatThrownBy(() -> Project.open(dir.resolve("nope.postlens")))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("No project file");
    }

    private static void checkpoint(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = c.createStatement()) {
            sql.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            sql.execute("PRAGMA journal_mode = DELETE");
        }
    }

    private static void assertRefusedUnchanged(Path file, Reason reason, String message) throws IOException {
        byte[] before = Files.readAllBytes(file);
        List<Path> siblingsBefore = list(file.getParent());
        assertThatThrownBy(() -> Project.open(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((ProjectFileException) e).reason()).isEqualTo(reason));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(list(file.getParent())).isEqualTo(siblingsBefore);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static String single(Statement sql, String query) throws Exception {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
