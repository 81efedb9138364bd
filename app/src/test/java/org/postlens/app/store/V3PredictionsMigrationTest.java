package org.postlens.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class V3PredictionsMigrationTest {

    @TempDir
    Path dir;

    @Test
    void languagesAnOlderProjectHeldAreMarkedAsComingFromTheData() throws Exception {
        Path file = V1Projects.create(dir.resolve("old.postlens"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = c.createStatement()) {
            sql.execute("""
                    INSERT INTO posts (id, source_id, text, lang, import_source_id, source_record)
                    VALUES (2, 'p2', 'مكتوب بالعربية', 'ar', 1, 2)""");
        }

        Project.open(file).close();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("SELECT source_id, lang, lang_source FROM posts ORDER BY id")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("lang_source")).as("no language, so no source").isNull();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("lang")).isEqualTo("ar");
            assertThat(rows.getString("lang_source")).isEqualTo("data");
        }
    }
}
