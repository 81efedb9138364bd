package org.postlens.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How unsure an active-learning run was about each post it predicted, indexed so that the labelling queue reads
 * the most uncertain posts first without scoring a million predictions again.
 */
final class V10PredictionUncertainty implements Migration {

    @Override
    public int version() {
        return 10;
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE prediction_uncertainty (
                      run_id      INTEGER NOT NULL REFERENCES runs (id),
                      post_id     INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                      uncertainty REAL NOT NULL,
                      PRIMARY KEY (run_id, post_id)) WITHOUT ROWID""");
            sql.execute("CREATE INDEX prediction_uncertainty_queue ON prediction_uncertainty (run_id, uncertainty DESC, post_id)");
        }
    }
}
