package org.postlens.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.postlens.app.domain.LanguageSource;
import org.postlens.app.domain.MediaRef;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.PostFacets;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;

/** Reads posts: pages for the table, whole posts for the detail pane and exports. */
public final class SqlitePostRepository {

    /** Characters of a post's text that a table row carries; the detail pane loads the rest. */
    static final int ROW_TEXT_LENGTH = 280;
    /** SQLite's default limit on host parameters is 32,766; lists of ids stay far below it. */
    private static final int MAX_IDS_PER_QUERY = 10_000;

    /** Pass as the language filter to select posts whose language is unknown. */
    public static final String UNKNOWN_LANGUAGE = PostQuerySql.UNKNOWN_LANGUAGE;

    private static final String POST_COLUMNS = """
            p.id, p.platform, p.source_id, p.text, p.created_at, a.handle, p.url, p.likes, p.shares, p.replies,
            p.views, p.lang, p.import_source_id, p.source_record, p.raw, p.lang_source""";

    private final SqliteConnection connection;

    SqlitePostRepository(SqliteConnection connection) {
        this.connection = connection;
    }

    public long count(PostQuery query) {
        PostQuerySql sql = PostQuerySql.of(query);
        return connection.query(c -> {
            try (PreparedStatement statement = c.prepareStatement(sql.count)) {
                sql.bind(statement, 1);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }

    public List<PostRow> page(PostQuery query, long offset, int limit) {
        String match = PostQuerySql.matchExpression(query);
        PostQuerySql sql = PostQuerySql.of(query, match != null && matchCount(match) > MANY_MATCHES,
                manyInLanguage(query.lang()));
        String select = "SELECT p.id, p.source_id, p.created_at, a.handle, substr(p.text, 1, " + ROW_TEXT_LENGTH + "),"
                + " p.likes, p.shares, p.replies, p.views, p.lang, p.has_image"
                + " FROM posts p LEFT JOIN accounts a ON a.id = p.account_id"
                + sql.where + sql.orderBy + " LIMIT ? OFFSET ?";
        return connection.query(c -> {
            try (PreparedStatement statement = c.prepareStatement(select)) {
                int next = sql.bind(statement, 1);
                statement.setInt(next, limit);
                statement.setLong(next + 1, offset);
                List<PostRow> rows = new ArrayList<>(limit);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(new PostRow(result.getLong(1), result.getString(2), instant(result, 3),
                                result.getString(4), result.getString(5), nullableLong(result, 6),
                                nullableLong(result, 7), nullableLong(result, 8), nullableLong(result, 9),
                                result.getString(10), result.getInt(11) != 0));
                    }
                }
                return rows;
            }
        });
    }

    /** Above this many matches, a page is read along the sort order rather than by sorting every match. */
    static final long MANY_MATCHES = 5_000;

    private long matchCount(String match) {
        return connection.query(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH ?")) {
                statement.setString(1, match);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }

    /** Whether more than {@link #MANY_MATCHES} posts have this language filter value (counted by the index). */
    private boolean manyInLanguage(String lang) {
        if (lang == null || lang.isBlank()) {
            return false;
        }
        boolean unknown = lang.equals(UNKNOWN_LANGUAGE);
        return connection.query(c -> {
            try (PreparedStatement statement = c.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM posts WHERE lang "
                    + (unknown ? "IS NULL" : "= ?") + " LIMIT " + (MANY_MATCHES + 1) + ")")) {
                if (!unknown) {
                    statement.setString(1, lang);
                }
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1) > MANY_MATCHES;
                }
            }
        });
    }

    public Optional<Post> find(long id) {
        return findOne("p.id = ?", statement -> statement.setLong(1, id));
    }

    public Optional<Post> findBySourceId(String platform, String sourceId) {
        return findOne("p.platform = ? AND p.source_id = ?", statement -> {
            statement.setString(1, platform == null ? "" : platform);
            statement.setString(2, sourceId);
        });
    }

    /** Streams every post the query selects, in its order, without holding them all in memory. */
    public void forEach(PostQuery query, Consumer<Post> action) {
        PostQuerySql sql = PostQuerySql.of(query);
        String select = "SELECT " + POST_COLUMNS + " FROM posts p LEFT JOIN accounts a ON a.id = p.account_id"
                + sql.where + sql.orderBy;
        connection.query(c -> {
            try (PreparedStatement statement = c.prepareStatement(select);
                 PreparedStatement media = c.prepareStatement(MEDIA_OF_POST)) {
                sql.bind(statement, 1);
                statement.setFetchSize(1000);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        action.accept(post(result, media));
                    }
                }
            }
            return null;
        });
    }

    /** Language, platform and import file of each of {@code postIds} that exists, by post id. */
    public Map<Long, PostFacets> facets(Collection<Long> postIds) {
        Map<Long, PostFacets> facets = new HashMap<>();
        List<Long> ids = List.copyOf(postIds);
        for (int from = 0; from < ids.size(); from += MAX_IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + MAX_IDS_PER_QUERY));
            connection.query(c -> {
                try (PreparedStatement statement = c.prepareStatement("""
                        SELECT p.id, p.lang, p.platform, s.file_name FROM posts p
                        JOIN import_sources s ON s.id = p.import_source_id
                        WHERE p.id IN (""" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        statement.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            String platform = result.getString(3);
                            facets.put(result.getLong(1), new PostFacets(result.getLong(1), result.getString(2),
                                    platform == null || platform.isEmpty() ? null : platform, result.getString(4)));
                        }
                    }
                }
                return null;
            });
        }
        return facets;
    }

    /** The languages present, most frequent first; unknown language is not listed. */
    public List<String> languages() {
        return connection.query(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT lang FROM posts WHERE lang IS NOT NULL GROUP BY lang ORDER BY count(*) DESC, lang");
                 ResultSet result = statement.executeQuery()) {
                List<String> languages = new ArrayList<>();
                while (result.next()) {
                    languages.add(result.getString(1));
                }
                return languages;
            }
        });
    }

    private static final String MEDIA_OF_POST = """
            SELECT pm.position, pm.media_sha256, pm.url, m.mime, pm.original_name
            FROM post_media pm LEFT JOIN media m ON m.sha256 = pm.media_sha256
            WHERE pm.post_id = ? ORDER BY pm.position""";

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private Optional<Post> findOne(String condition, Binder binder) {
        String select = "SELECT " + POST_COLUMNS + " FROM posts p LEFT JOIN accounts a ON a.id = p.account_id WHERE "
                + condition;
        return connection.query(c -> {
            try (PreparedStatement statement = c.prepareStatement(select);
                 PreparedStatement media = c.prepareStatement(MEDIA_OF_POST)) {
                binder.bind(statement);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? Optional.of(post(result, media)) : Optional.empty();
                }
            }
        });
    }

    private static Post post(ResultSet row, PreparedStatement mediaQuery) throws SQLException {
        long id = row.getLong(1);
        mediaQuery.setLong(1, id);
        List<MediaRef> media = new ArrayList<>();
        try (ResultSet result = mediaQuery.executeQuery()) {
            while (result.next()) {
                media.add(new MediaRef(result.getInt(1), result.getString(2), result.getString(3), result.getString(4),
                        result.getString(5)));
            }
        }
        return new Post(id, row.getString(2), row.getString(3), row.getString(4), instant(row, 5), row.getString(6),
                row.getString(7), nullableLong(row, 8), nullableLong(row, 9), nullableLong(row, 10),
                nullableLong(row, 11), row.getString(12), LanguageSource.fromStoredValue(row.getString(16)),
                row.getLong(13), row.getLong(14), media, row.getString(15));
    }

    static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        Long millis = nullableLong(row, column);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
