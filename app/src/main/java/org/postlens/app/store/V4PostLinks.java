package org.postlens.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Links between posts as platform exports give them (a reply, a repost, a quote), and the names authors show
 * beside their handles. A link keeps the target as the export named it (platform and source id, or only the
 * author for a retweet written "RT @name:") and points at the target's row once that post is in the project,
 * whichever of the two was imported first.
 */
final class V4PostLinks implements Migration {

    @Override
    public int version() {
        return 4;
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("ALTER TABLE accounts ADD COLUMN display_name TEXT");
            sql.execute("""
                    CREATE TABLE post_links (
                      post_id          INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                      kind             TEXT NOT NULL CHECK (kind IN ('reply_to', 'repost_of', 'quote_of')),
                      target_platform  TEXT NOT NULL,
                      target_source_id TEXT,
                      target_author    TEXT,
                      target_post_id   INTEGER REFERENCES posts (id) ON DELETE SET NULL,
                      PRIMARY KEY (post_id, kind)) WITHOUT ROWID""");
            sql.execute("""
                    CREATE INDEX post_links_unresolved ON post_links (target_platform, target_source_id)
                    WHERE target_post_id IS NULL AND target_source_id IS NOT NULL""");
            sql.execute("CREATE INDEX post_links_by_target ON post_links (target_post_id)");
        }
    }
}
