package org.postlens.app.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The posts table's secondary indexes (sorting by date and engagement, filtering by author and language) and the
 * full-text index's merge setting, as a bulk load changes them: a large import drops the indexes and builds them
 * again once at the end (one sort per index instead of a B-tree insert per row), and lets the full-text index
 * leave its segments unmerged until then. A project left mid-way by a crash gets both back when it is next opened.
 */
final class PostIndexes {

    private static final List<String> DEFINITIONS = List.of(
            "CREATE INDEX IF NOT EXISTS posts_by_created_at ON posts (created_at)",
            "CREATE INDEX IF NOT EXISTS posts_by_account ON posts (account_id)",
            "CREATE INDEX IF NOT EXISTS posts_by_likes ON posts (likes)",
            "CREATE INDEX IF NOT EXISTS posts_by_shares ON posts (shares)",
            "CREATE INDEX IF NOT EXISTS posts_by_lang ON posts (lang, lang_source)");
    private static final List<String> NAMES = List.of(
            "posts_by_created_at", "posts_by_account", "posts_by_likes", "posts_by_shares", "posts_by_lang");
    /** FTS5's default: merge once four segments of a size exist. */
    private static final int DEFAULT_AUTOMERGE = 4;
    /** Pages of merge work done when a bulk load ends, so that searching does not start with dozens of segments. */
    private static final int MERGE_PAGES_AFTER_BULK_LOAD = 2_000;

    private PostIndexes() {
    }

    static void dropForBulkLoad(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            for (String name : NAMES) {
                sql.execute("DROP INDEX IF EXISTS " + name);
            }
            sql.execute("INSERT INTO posts_fts (posts_fts, rank) VALUES ('automerge', 0)");
        }
    }

    static void rebuildAfterBulkLoad(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            for (String definition : DEFINITIONS) {
                sql.execute(definition);
            }
            sql.execute("INSERT INTO posts_fts (posts_fts, rank) VALUES ('automerge', " + DEFAULT_AUTOMERGE + ")");
            sql.execute("INSERT INTO posts_fts (posts_fts, rank) VALUES ('merge', " + MERGE_PAGES_AFTER_BULK_LOAD + ")");
        }
    }

    /** True when a bulk load did not finish (a crash or kill): an index is missing or merging is still off. */
    static boolean bulkLoadLeftUnfinished(Connection connection) throws SQLException {
        return !missing(connection).isEmpty() || automergeOff(connection);
    }

    private static List<String> missing(Connection connection) throws SQLException {
        List<String> present = new ArrayList<>();
        try (Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'posts'")) {
            while (row.next()) {
                present.add(row.getString(1));
            }
        }
        return NAMES.stream().filter(name -> !present.contains(name)).toList();
    }

    private static boolean automergeOff(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT v FROM posts_fts_config WHERE k = 'automerge'")) {
            return row.next() && row.getInt(1) == 0;
        }
    }
}
