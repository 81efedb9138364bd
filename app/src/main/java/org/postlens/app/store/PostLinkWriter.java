package org.postlens.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.domain.PostLink;

/**
 * Stores the links of the posts of one import batch and joins them to their targets both ways: a new link to a
 * post already in the project, and earlier links waiting for a post that arrives now. The second costs one lookup
 * per new post, so it is done only while the project has links waiting; plain files add no work.
 */
final class PostLinkWriter implements AutoCloseable {

    private final Connection connection;
    private boolean linksWaiting;
    private PreparedStatement insert;
    private PreparedStatement findTarget;
    private PreparedStatement resolveWaiting;

    PostLinkWriter(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("""
                     SELECT EXISTS (SELECT 1 FROM post_links
                                    WHERE target_post_id IS NULL AND target_source_id IS NOT NULL)""")) {
            row.next();
            this.linksWaiting = row.getBoolean(1);
        }
    }

    /** Called for each post the batch added, with the links the export gave it. */
    void write(long postId, PostDraft draft, List<PostLink> links) throws SQLException {
        if (linksWaiting) {
            resolveLinksTo(postId, draft);
        }
        for (PostLink link : links) {
            if (insert == null) {
                insert = connection.prepareStatement("""
                        INSERT INTO post_links (post_id, kind, target_platform, target_source_id, target_author,
                                                target_post_id)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (post_id, kind) DO NOTHING""");
            }
            insert.setLong(1, postId);
            insert.setString(2, link.kind().code());
            insert.setString(3, link.targetPlatform());
            insert.setString(4, link.targetSourceId());
            insert.setString(5, link.targetAuthor());
            Long target = link.targetSourceId() == null ? null : find(link.targetPlatform(), link.targetSourceId());
            if (target == null) {
                insert.setNull(6, Types.INTEGER);
                linksWaiting |= link.targetSourceId() != null;
            } else {
                insert.setLong(6, target);
            }
            insert.executeUpdate();
        }
    }

    private void resolveLinksTo(long postId, PostDraft draft) throws SQLException {
        if (resolveWaiting == null) {
            resolveWaiting = connection.prepareStatement("""
                    UPDATE post_links SET target_post_id = ?
                    WHERE target_platform = ? AND target_source_id = ? AND target_post_id IS NULL""");
        }
        resolveWaiting.setLong(1, postId);
        resolveWaiting.setString(2, draft.platform());
        resolveWaiting.setString(3, draft.sourceId());
        resolveWaiting.executeUpdate();
    }

    private Long find(String platform, String sourceId) throws SQLException {
        if (findTarget == null) {
            findTarget = connection.prepareStatement("SELECT id FROM posts WHERE platform = ? AND source_id = ?");
        }
        findTarget.setString(1, platform);
        findTarget.setString(2, sourceId);
        try (ResultSet row = findTarget.executeQuery()) {
            return row.next() ? row.getLong(1) : null;
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {insert, findTarget, resolveWaiting}) {
            if (statement != null) {
                statement.close();
            }
        }
    }
}
