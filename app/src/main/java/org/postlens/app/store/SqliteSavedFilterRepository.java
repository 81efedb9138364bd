package org.postlens.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Searches and filters of the posts table saved by name (as JSON the caller writes and reads), so that a labelling
 * queue can follow them.
 */
public final class SqliteSavedFilterRepository {

    /** A saved filter: its name, the query as JSON, and when it was saved. */
    public record SavedFilter(String name, String queryJson, Instant savedAt) {}

    private final SqliteConnection writer;

    SqliteSavedFilterRepository(SqliteConnection writer) {
        this.writer = writer;
    }

    /** Saves the filter under this name, replacing one saved before under it. */
    public SavedFilter save(String name, String queryJson) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a saved filter needs a name");
        }
        String stripped = name.strip();
        writer.inTransaction(c -> {
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO saved_filters (name, query_json, created_at) VALUES (?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET query_json = excluded.query_json, created_at = excluded.created_at""")) {
                upsert.setString(1, stripped);
                upsert.setString(2, queryJson);
                upsert.setLong(3, Instant.now().toEpochMilli());
                upsert.executeUpdate();
            }
            return null;
        });
        return find(stripped).orElseThrow();
    }

    public List<SavedFilter> all() {
        return writer.query(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT name, query_json, created_at FROM saved_filters ORDER BY name");
                 ResultSet row = select.executeQuery()) {
                List<SavedFilter> filters = new ArrayList<>();
                while (row.next()) {
                    filters.add(filter(row));
                }
                return filters;
            }
        });
    }

    public Optional<SavedFilter> find(String name) {
        return writer.query(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT name, query_json, created_at FROM saved_filters WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(filter(row)) : Optional.<SavedFilter>empty();
                }
            }
        });
    }

    private static SavedFilter filter(ResultSet row) throws SQLException {
        return new SavedFilter(row.getString(1), row.getString(2), Instant.ofEpochMilli(row.getLong(3)));
    }
}
