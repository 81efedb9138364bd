package org.postlens.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
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
                    INSERT INTO runs (kind, model_id, model_version, engine, device, parameters_json, started_at, status, task)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?)""", PreparedStatement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, run.kind());
                insert.setString(2, run.modelId());
                insert.setString(3, run.modelVersion());
                insert.setString(4, run.engine());
                insert.setString(5, run.device());
                insert.setString(6, run.parametersJson());
                insert.setLong(7, Instant.now().toEpochMilli());
                insert.setString(8, run.task());
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
                           status, task
                    FROM runs WHERE id = ?""")) {
                select.setLong(1, runId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(run(row)) : Optional.empty();
                }
            }
        });
    }

    /** The latest run of a task (a prediction key such as {@code sentiment}) that completed, if any. */
    public Optional<Run> latestComplete(String task) {
        return latestComplete(null, task);
    }

    /**
     * The latest completed run of this kind (any kind when null) for a task; an active-learning run's task is its
     * schema's name.
     */
    public Optional<Run> latestComplete(String kind, String task) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + columns("r")
                    + " FROM runs r WHERE r.task = ? AND r.status = 'COMPLETE' AND (? IS NULL OR r.kind = ?)"
                    + " ORDER BY r.id DESC LIMIT 1")) {
                select.setString(1, task);
                select.setString(2, kind);
                select.setString(3, kind);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(run(row)) : Optional.<Run>empty();
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

    /** The runs whose predictions answer this task ({@code sentiment}, {@code stance:abortion}), latest first. */
    public java.util.List<Run> forTask(String task) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + columns("r")
                    + " FROM runs r WHERE r.task = ? ORDER BY r.started_at DESC, r.id DESC")) {
                select.setString(1, task);
                java.util.List<Run> runs = new java.util.ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        runs.add(run(row));
                    }
                }
                return runs;
            }
        });
    }

    /** The columns {@link #run(ResultSet, int)} reads, for a runs table aliased {@code alias}. */
    static String columns(String alias) {
        return String.join(", ", Stream.of("id", "kind", "model_id", "model_version", "engine", "device",
                "parameters_json", "started_at", "finished_at", "status", "task").map(column -> alias + "." + column).toList());
    }

    private static Run run(ResultSet row) throws SQLException {
        return run(row, 1);
    }

    /** Reads the {@link #columns} starting at column {@code first}. */
    static Run run(ResultSet row, int first) throws SQLException {
        long finished = row.getLong(first + 8);
        Instant finishedAt = row.wasNull() ? null : Instant.ofEpochMilli(finished);
        return new Run(row.getLong(first), row.getString(first + 1), row.getString(first + 2), row.getString(first + 3),
                row.getString(first + 4), row.getString(first + 5), row.getString(first + 6),
                Instant.ofEpochMilli(row.getLong(first + 7)), finishedAt, RunStatus.valueOf(row.getString(first + 9)),
                row.getString(first + 10));
    }
}
