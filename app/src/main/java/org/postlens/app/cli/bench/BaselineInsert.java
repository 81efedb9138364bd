package org.postlens.app.cli.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import org.postlens.app.store.Project;
import org.postlens.app.store.StoreException;

/**
 * The import benchmark's yardstick: the least work that stores the same post values in SQLite. One plain table
 * with the posts table's columns (author as text: no account lookup; no secondary indexes, no full-text index),
 * the same pragmas as a project connection, batches inserted in one transaction each. Not a project file.
 */
public final class BaselineInsert implements AutoCloseable {

    /** One row, already parsed: the values the import path would store for a post. */
    public record Row(String sourceId, String text, Long createdAtMillis, String author, String url, Long likes,
                      Long shares, Long replies, Long views, String lang, long recordNumber, String raw) {}

    private final Connection connection;
    private final PreparedStatement insert;
    private long nextId = 1;

    private BaselineInsert(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE posts (
                      id               INTEGER PRIMARY KEY,
                      platform         TEXT NOT NULL DEFAULT '',
                      source_id        TEXT NOT NULL,
                      text             TEXT,
                      created_at       INTEGER,
                      author           TEXT,
                      url              TEXT,
                      likes            INTEGER,
                      shares           INTEGER,
                      replies          INTEGER,
                      views            INTEGER,
                      lang             TEXT,
                      has_image        INTEGER NOT NULL DEFAULT 0,
                      import_source_id INTEGER NOT NULL,
                      source_record    INTEGER NOT NULL,
                      raw              TEXT)""");
        }
        connection.setAutoCommit(false);
        this.insert = connection.prepareStatement("""
                INSERT INTO posts (id, platform, source_id, text, created_at, author, url, likes, shares, replies,
                                   views, lang, has_image, import_source_id, source_record, raw)
                VALUES (?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, ?, ?)""");
    }

    /** Creates the baseline database at {@code file}, which must not exist. */
    public static BaselineInsert create(Path file) {
        try {
            return new BaselineInsert(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                    Project.connectionSettings(false)));
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Inserts the rows as one batch in one transaction. */
    public void insertBatch(List<Row> rows) {
        try {
            for (Row row : rows) {
                insert.setLong(1, nextId++);
                insert.setString(2, row.sourceId());
                insert.setString(3, row.text());
                setLong(4, row.createdAtMillis());
                insert.setString(5, row.author());
                insert.setString(6, row.url());
                setLong(7, row.likes());
                setLong(8, row.shares());
                setLong(9, row.replies());
                setLong(10, row.views());
                insert.setString(11, row.lang());
                insert.setLong(12, row.recordNumber());
                insert.setString(13, row.raw());
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private void setLong(int position, Long value) throws SQLException {
        if (value == null) {
            insert.setNull(position, Types.INTEGER);
        } else {
            insert.setLong(position, value);
        }
    }

    @Override
    public void close() {
        try {
            insert.close();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }
}
