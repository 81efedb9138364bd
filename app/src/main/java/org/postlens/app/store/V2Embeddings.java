package org.postlens.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs (what produced a result: model, version, engine, device, parameters, time) and one text embedding per
 * post and model. A vector is stored as {@link Int8VectorBlob}: a float32 scale and one signed byte per
 * dimension, a quarter of float32's size, so a million 384-d vectors fit in ~390 MB of file and memory.
 */
final class V2Embeddings implements Migration {

    @Override
    public int version() {
        return 2;
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE runs (
                      id              INTEGER PRIMARY KEY,
                      kind            TEXT NOT NULL,
                      model_id        TEXT NOT NULL,
                      model_version   TEXT NOT NULL,
                      engine          TEXT NOT NULL,
                      device          TEXT NOT NULL,
                      parameters_json TEXT NOT NULL DEFAULT '{}',
                      started_at      INTEGER NOT NULL,
                      finished_at     INTEGER,
                      status          TEXT NOT NULL CHECK (status IN ('RUNNING', 'CANCELLED', 'FAILED', 'COMPLETE')))""");
            sql.execute("""
                    CREATE TABLE embeddings (
                      post_id  INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                      model_id TEXT NOT NULL,
                      run_id   INTEGER NOT NULL REFERENCES runs (id),
                      vector   BLOB NOT NULL,
                      PRIMARY KEY (post_id, model_id)) WITHOUT ROWID""");
            // Loading a model's vectors and finding what it still lacks both walk one model in post order.
            sql.execute("CREATE INDEX embeddings_by_model ON embeddings (model_id, post_id)");
        }
    }
}
