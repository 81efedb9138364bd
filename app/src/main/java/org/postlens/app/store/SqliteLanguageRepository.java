package org.postlens.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postlens.app.domain.LanguageCount;
import org.postlens.app.domain.LanguageSource;
import org.postlens.app.domain.PostText;

/** Posts' languages: how many of each, which are still unknown, and the detector's findings. */
public final class SqliteLanguageRepository {

    private final SqliteConnection reader;
    private final SqliteConnection writer;

    SqliteLanguageRepository(SqliteConnection reader, SqliteConnection writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /** Posts per language and source, most frequent first; unknown (null language) included when there are any. */
    public List<LanguageCount> counts() {
        return reader.query(c -> {
            try (PreparedStatement statement = c.prepareStatement("""
                    SELECT lang, lang_source, count(*) FROM posts GROUP BY lang, lang_source
                    ORDER BY count(*) DESC, lang, lang_source""");
                 ResultSet row = statement.executeQuery()) {
                List<LanguageCount> counts = new ArrayList<>();
                while (row.next()) {
                    counts.add(new LanguageCount(row.getString(1), LanguageSource.fromStoredValue(row.getString(2)),
                            row.getLong(3)));
                }
                return counts;
            }
        });
    }

    public long countUnknown() {
        return reader.query(c -> {
            try (PreparedStatement statement = c.prepareStatement("SELECT count(*) FROM posts WHERE lang IS NULL");
                 ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** Up to {@code limit} posts of unknown language with an id above {@code afterPostId}, in id order. */
    public List<PostText> unknown(long afterPostId, int limit) {
        return reader.query(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT id, coalesce(text, '') FROM posts WHERE id > ? AND lang IS NULL ORDER BY id LIMIT ?")) {
                statement.setLong(1, afterPostId);
                statement.setInt(2, limit);
                List<PostText> posts = new ArrayList<>(limit);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        posts.add(new PostText(row.getLong(1), row.getString(2), null));
                    }
                }
                return posts;
            }
        });
    }

    /**
     * Stores detected languages (post id → ISO 639-1 code) in one transaction. A post whose language became known
     * in the meantime keeps it.
     */
    public void setDetected(Map<Long, String> languages) {
        if (languages.isEmpty()) {
            return;
        }
        writer.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE posts SET lang = ?, lang_source = 'detected' WHERE id = ? AND lang IS NULL")) {
                for (Map.Entry<Long, String> entry : languages.entrySet()) {
                    update.setString(1, entry.getValue());
                    update.setLong(2, entry.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }
}
