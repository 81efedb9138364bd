package org.postlens.app.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Writes a project as the first release did (schema version 1 only), to test upgrades. */
final class V1Projects {

    private V1Projects() {
    }

    static Path create(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, Project.connectionSettings(false))) {
            c.setAutoCommit(false);
            new V1InitialSchema().apply(c);
            try (Statement sql = c.createStatement()) {
                sql.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
                sql.execute("PRAGMA user_version = 1");
                sql.execute("INSERT INTO project_meta (key, value) VALUES ('created_at', '2026-01-01T00:00:00Z')");
                sql.execute("""
                        INSERT INTO import_sources (id, path, file_name, sha256, format, status, started_at)
                        VALUES (1, '/tmp/a.csv', 'a.csv', 'sha-a', 'CSV', 'COMPLETE', 0)""");
                sql.execute("""
                        INSERT INTO posts (id, source_id, text, import_source_id, source_record)
                        VALUES (1, 'p1', 'written by version 1', 1, 1)""");
            }
            c.commit();
        }
        return file;
    }
}
