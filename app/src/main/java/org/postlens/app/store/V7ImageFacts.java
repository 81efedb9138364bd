package org.postlens.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What Postlens reads from each stored image: its metadata (camera, software, time taken, GPS and every tag) and
 * its perceptual fingerprint, which finds re-used pictures. A metadata row marks an image as read, even when
 * nothing could be read from it (then {@code problem} says why).
 */
final class V7ImageFacts implements Migration {

    @Override
    public int version() {
        return 7;
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE image_metadata (
                      media_sha256 TEXT PRIMARY KEY REFERENCES media (sha256),
                      camera       TEXT,
                      software     TEXT,
                      taken_at     TEXT,
                      gps_lat      REAL,
                      gps_lon      REAL,
                      tags         TEXT NOT NULL DEFAULT '[]',
                      problem      TEXT) WITHOUT ROWID""");
            sql.execute("""
                    CREATE TABLE image_hashes (
                      media_sha256 TEXT PRIMARY KEY REFERENCES media (sha256),
                      algorithm    TEXT NOT NULL,
                      whole        INTEGER NOT NULL,
                      centre       INTEGER NOT NULL) WITHOUT ROWID""");
        }
    }
}
