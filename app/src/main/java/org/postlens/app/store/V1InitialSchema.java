package org.postlens.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Posts, accounts, content-addressed media, import sources with their problems, and the full-text index. */
final class V1InitialSchema implements Migration {

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE project_meta (
                      key   TEXT PRIMARY KEY,
                      value TEXT NOT NULL)""");
            sql.execute("""
                    CREATE TABLE import_sources (
                      id           INTEGER PRIMARY KEY,
                      path         TEXT NOT NULL,
                      file_name    TEXT NOT NULL,
                      sha256       TEXT NOT NULL UNIQUE,
                      format       TEXT NOT NULL,
                      mapping_json TEXT,
                      status       TEXT NOT NULL CHECK (status IN ('RUNNING', 'CANCELLED', 'COMPLETE')),
                      records_done INTEGER NOT NULL DEFAULT 0,
                      posts_added  INTEGER NOT NULL DEFAULT 0,
                      duplicates   INTEGER NOT NULL DEFAULT 0,
                      rejected     INTEGER NOT NULL DEFAULT 0,
                      warnings     INTEGER NOT NULL DEFAULT 0,
                      started_at   INTEGER NOT NULL,
                      finished_at  INTEGER)""");
            sql.execute("""
                    CREATE TABLE accounts (
                      id       INTEGER PRIMARY KEY,
                      platform TEXT NOT NULL DEFAULT '',
                      handle   TEXT NOT NULL,
                      UNIQUE (platform, handle))""");
            sql.execute("""
                    CREATE TABLE posts (
                      id               INTEGER PRIMARY KEY,
                      platform         TEXT NOT NULL DEFAULT '',
                      source_id        TEXT NOT NULL,
                      text             TEXT,
                      created_at       INTEGER,
                      account_id       INTEGER REFERENCES accounts (id),
                      url              TEXT,
                      likes            INTEGER,
                      shares           INTEGER,
                      replies          INTEGER,
                      views            INTEGER,
                      lang             TEXT,
                      has_image        INTEGER NOT NULL DEFAULT 0,
                      import_source_id INTEGER NOT NULL REFERENCES import_sources (id),
                      source_record    INTEGER NOT NULL,
                      raw              TEXT,
                      UNIQUE (platform, source_id))""");
            sql.execute("CREATE INDEX posts_by_created_at ON posts (created_at)");
            sql.execute("CREATE INDEX posts_by_account ON posts (account_id)");
            sql.execute("CREATE INDEX posts_by_likes ON posts (likes)");
            sql.execute("CREATE INDEX posts_by_shares ON posts (shares)");
            sql.execute("""
                    CREATE TABLE media (
                      sha256        TEXT PRIMARY KEY,
                      mime          TEXT NOT NULL,
                      size_bytes    INTEGER NOT NULL,
                      width         INTEGER,
                      height        INTEGER,
                      bytes         BLOB NOT NULL) WITHOUT ROWID""");
            sql.execute("""
                    CREATE TABLE post_media (
                      post_id       INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                      position      INTEGER NOT NULL,
                      media_sha256  TEXT REFERENCES media (sha256),
                      url           TEXT,
                      original_name TEXT,
                      PRIMARY KEY (post_id, position),
                      CHECK (media_sha256 IS NOT NULL OR url IS NOT NULL)) WITHOUT ROWID""");
            sql.execute("CREATE INDEX post_media_by_media ON post_media (media_sha256)");
            sql.execute("""
                    CREATE TABLE import_problems (
                      id               INTEGER PRIMARY KEY,
                      import_source_id INTEGER NOT NULL REFERENCES import_sources (id),
                      severity         TEXT NOT NULL CHECK (severity IN ('REJECTED', 'WARNING')),
                      file             TEXT NOT NULL,
                      record_number    INTEGER NOT NULL,
                      line             INTEGER NOT NULL,
                      reason           TEXT NOT NULL,
                      excerpt          TEXT NOT NULL)""");
            sql.execute("CREATE INDEX import_problems_by_source ON import_problems (import_source_id)");
            // Contentless: the index holds tokens of the search-normalised text only, not a second copy of it.
            // No per-row sizes (columnsize = 0): results are ordered by the table's columns, not by rank.
            sql.execute("""
                    CREATE VIRTUAL TABLE posts_fts USING fts5 (
                      body,
                      content = '',
                      columnsize = 0,
                      tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'")""");
        }
    }
}
