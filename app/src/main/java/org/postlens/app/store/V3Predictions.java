package org.postlens.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where a post's language came from, and the predictions of task models. A prediction belongs to the run that
 * made it (model, version, task, device, time), so several models of one task can stand side by side and every
 * label can be traced to what produced it.
 */
final class V3Predictions implements Migration {

    @Override
    public int version() {
        return 3;
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            // 'data' when the imported file gave it, 'detected' when Postlens detected it; NULL while unknown.
            sql.execute("ALTER TABLE posts ADD COLUMN lang_source TEXT CHECK (lang_source IN ('data', 'detected'))");
            sql.execute("UPDATE posts SET lang_source = 'data' WHERE lang IS NOT NULL");
            sql.execute("ALTER TABLE runs ADD COLUMN task TEXT");
            sql.execute("""
                    CREATE TABLE predictions (
                      run_id  INTEGER NOT NULL REFERENCES runs (id),
                      post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                      label   TEXT NOT NULL,
                      score   REAL NOT NULL,
                      scores  TEXT NOT NULL,
                      PRIMARY KEY (run_id, post_id)) WITHOUT ROWID""");
            sql.execute("CREATE INDEX predictions_by_post ON predictions (post_id)");
        }
    }
}
