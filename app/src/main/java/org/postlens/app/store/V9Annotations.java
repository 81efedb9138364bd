package org.postlens.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Human labels: label schemas, append-only annotations with the index of each annotator's current one, labels
 * suggested from near-duplicates (accepted or rejected by a person, never applied silently), and saved filters
 * that a labelling queue can follow.
 */
final class V9Annotations implements Migration {

    @Override
    public int version() {
        return 9;
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE label_schemas (
                      id          INTEGER PRIMARY KEY,
                      name        TEXT NOT NULL UNIQUE,
                      title       TEXT NOT NULL,
                      kind        TEXT NOT NULL CHECK (kind IN ('SINGLE', 'MULTI', 'VERDICT')),
                      labels      TEXT NOT NULL,
                      description TEXT NOT NULL DEFAULT '',
                      tags        TEXT NOT NULL DEFAULT '[]',
                      task        TEXT,
                      shipped     INTEGER NOT NULL DEFAULT 0,
                      created_at  INTEGER NOT NULL)""");
            // Append-only: a change is a new row naming the row it supersedes.
            sql.execute("""
                    CREATE TABLE annotations (
                      id         INTEGER PRIMARY KEY,
                      post_id    INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                      schema_id  INTEGER NOT NULL REFERENCES label_schemas (id),
                      annotator  TEXT NOT NULL,
                      action     TEXT NOT NULL CHECK (action IN ('LABEL', 'RETRACT')),
                      labels     TEXT NOT NULL,
                      note       TEXT NOT NULL DEFAULT '',
                      tags       TEXT NOT NULL DEFAULT '[]',
                      origin     TEXT NOT NULL CHECK (origin IN ('MANUAL', 'ADJUDICATION', 'PROPAGATION')),
                      supersedes INTEGER REFERENCES annotations (id),
                      created_at INTEGER NOT NULL)""");
            sql.execute("CREATE INDEX annotations_by_post ON annotations (post_id, schema_id)");
            // Each annotator's standing judgement of a post (adjudications kept apart from the annotator's own label).
            sql.execute("""
                    CREATE TABLE current_annotations (
                      schema_id     INTEGER NOT NULL,
                      post_id       INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                      annotator     TEXT NOT NULL,
                      adjudication  INTEGER NOT NULL,
                      annotation_id INTEGER NOT NULL REFERENCES annotations (id),
                      labels        TEXT NOT NULL,
                      PRIMARY KEY (schema_id, post_id, annotator, adjudication)) WITHOUT ROWID""");
            sql.execute("""
                    CREATE TABLE label_suggestions (
                      id             INTEGER PRIMARY KEY,
                      post_id        INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                      schema_id      INTEGER NOT NULL REFERENCES label_schemas (id),
                      labels         TEXT NOT NULL,
                      source_post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                      reason         TEXT NOT NULL,
                      similarity     REAL,
                      suggested_by   TEXT NOT NULL,
                      created_at     INTEGER NOT NULL,
                      status         TEXT NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
                      decided_by     TEXT,
                      decided_at     INTEGER,
                      annotation_id  INTEGER REFERENCES annotations (id))""");
            sql.execute("CREATE INDEX label_suggestions_by_schema ON label_suggestions (schema_id, status, post_id)");
            sql.execute("""
                    CREATE TABLE saved_filters (
                      id         INTEGER PRIMARY KEY,
                      name       TEXT NOT NULL UNIQUE,
                      query_json TEXT NOT NULL,
                      created_at INTEGER NOT NULL)""");
        }
    }
}
