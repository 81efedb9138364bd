package org.postlens.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Thumbnails of stored images, kept in the project so that it stays one file and a gallery opens without
 * decoding every image again. One row per image and size; made by the import, or later on first view.
 */
final class V6Thumbnails implements Migration {

    @Override
    public int version() {
        return 6;
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE thumbnails (
                      media_sha256 TEXT NOT NULL REFERENCES media (sha256) ON DELETE CASCADE,
                      size         INTEGER NOT NULL,
                      mime         TEXT NOT NULL,
                      width        INTEGER NOT NULL,
                      height       INTEGER NOT NULL,
                      bytes        BLOB NOT NULL,
                      PRIMARY KEY (media_sha256, size)) WITHOUT ROWID""");
        }
    }
}
