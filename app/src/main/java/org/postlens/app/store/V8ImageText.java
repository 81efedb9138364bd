package org.postlens.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Text read in images by OCR: one row per image and language set, naming the run that read it, with
 * Tesseract's confidence, or the problem that kept it from reading the image. {@code post_ocr_index} keeps,
 * per post, the images' text as the post's full-text row holds it: the contentless index can only drop a row
 * given its exact old text.
 */
final class V8ImageText implements Migration {

    @Override
    public int version() {
        return 8;
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE media_ocr (
                      media_sha256 TEXT NOT NULL REFERENCES media (sha256),
                      langs        TEXT NOT NULL,
                      run_id       INTEGER NOT NULL REFERENCES runs (id),
                      text         TEXT,
                      confidence   INTEGER,
                      problem      TEXT,
                      PRIMARY KEY (media_sha256, langs),
                      CHECK ((text IS NULL) <> (problem IS NULL))) WITHOUT ROWID""");
            sql.execute("""
                    CREATE TABLE post_ocr_index (
                      post_id  INTEGER PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
                      ocr_text TEXT NOT NULL,
                      body     TEXT NOT NULL)""");
        }
    }
}
