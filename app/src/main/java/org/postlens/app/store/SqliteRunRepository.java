package org.postlens.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;

/** Runs of models over the project: the provenance every stored result points to. */
public final class SqliteRunRepository {

    private final SqliteConnection reader;
    private final SqliteConnection writer;

    SqliteRunRepository(SqliteConnection reader, SqliteConnection writer) {
        this.reader = reader;
        this.writer = writer;
    }

    public Run start(NewRun run) {
        long id = writer.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO runs (kind, model_id, model_version, engine, device, parameters_json, started_at, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING')""", PreparedStatement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, run.kind());
                insert.setString(2, run.modelId());
                insert.setString(3, run.modelVersion());
                insert.setString(4, run.engine());
                insert.setString(5, run.device());
                insert.setString(6, run.parametersJson());
                insert.setLong(7, Instant.now().toEpochMilli());
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    return key.getLong(1);
                }
            }
        });
        return find(id).orElseThrow();
    }

    public void finish(long runId, RunStatus status) {
        writer.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE runs SET status = ?, finished_at = ? WHERE id = ?")) {
                update.setString(1, status.name());
                update.setLong(2, Instant.now().toEpochMilli());
                update.setLong(3, runId);
                update.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Run> find(long runId) {
        return writer.query(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT id, kind, model_id, model_version, engine, device, parameters_json, started_at, finished_at,
                           status
                    FROM runs WHERE id = ?""")) {
                select.setLong(1, runId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(run(row)) : Optional.empty();
                }
            }
        });
    }

    /** The model of the latest run of this kind, if any. */
    public Optional<String> latestModel(String kind) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT model_id FROM runs WHERE kind = ? ORDER BY id DESC LIMIT 1")) {
                select.setString(1, kind);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    private static Run run(ResultSet row) throws SQLException {
        long finished = row.getLong(9);
        Instant finishedAt = row.wasNull() ? null : Instant.ofEpochMilli(finished);
        return new Run(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), Instant.ofEpochMilli(row.getLong(8)), finishedAt,
                RunStatus.valueOf(row.getString(10)));
    }
}
