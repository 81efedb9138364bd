package org.postlens.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.postlens.app.domain.PostLink;
import org.postlens.app.domain.StoredPostLink;

/** Reads the links between posts: a post's reply, repost and quote targets, and the posts that link to it. */
public final class SqlitePostLinkRepository {

    private static final String SELECT = """
            SELECT post_id, kind, target_platform, target_source_id, target_author, target_post_id FROM post_links""";

    private final SqliteConnection connection;

    SqlitePostLinkRepository(SqliteConnection connection) {
        this.connection = connection;
    }

    /** What the post replies to, reposts or quotes. */
    public List<StoredPostLink> from(long postId) {
        return list(SELECT + " WHERE post_id = ? ORDER BY kind", postId);
    }

    /** The posts in the project that reply to, repost or quote this one. */
    public List<StoredPostLink> to(long postId) {
        return list(SELECT + " WHERE target_post_id = ? ORDER BY post_id, kind", postId);
    }

    /** How many links of each kind ({@code reply_to}, …) the project holds, and how many reach a post in it. */
    public LinkCounts counts() {
        return connection.query(c -> {
            try (PreparedStatement statement = c.prepareStatement("""
                    SELECT kind, count(*), count(target_post_id) FROM post_links GROUP BY kind ORDER BY kind""");
                 ResultSet row = statement.executeQuery()) {
                Map<PostLink.Kind, Long> byKind = new EnumMap<>(PostLink.Kind.class);
                long resolved = 0;
                while (row.next()) {
                    byKind.put(PostLink.Kind.fromCode(row.getString(1)), row.getLong(2));
                    resolved += row.getLong(3);
                }
                return new LinkCounts(byKind, resolved);
            }
        });
    }

    /** @param resolved links whose target post is in the project */
    public record LinkCounts(Map<PostLink.Kind, Long> byKind, long resolved) {
        public long total() {
            return byKind.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private List<StoredPostLink> list(String sql, long postId) {
        return connection.query(c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.setLong(1, postId);
                List<StoredPostLink> links = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        links.add(link(row));
                    }
                }
                return links;
            }
        });
    }

    private static StoredPostLink link(ResultSet row) throws SQLException {
        long target = row.getLong(6);
        Long targetPostId = row.wasNull() ? null : target;
        return new StoredPostLink(row.getLong(1), new PostLink(PostLink.Kind.fromCode(row.getString(2)),
                row.getString(3), row.getString(4), row.getString(5)), targetPostId);
    }
}
