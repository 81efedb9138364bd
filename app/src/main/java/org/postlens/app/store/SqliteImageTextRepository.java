package org.postlens.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.postlens.app.domain.ImageText;
import org.postlens.app.domain.PendingImage;

/**
 * Text read in images, and the full-text rows of the posts that show them: a post is found by the words in
 * its images as well as by its own text.
 */
public final class SqliteImageTextRepository {

    /** Images some post shows that have no OCR row yet (with the given languages, when not {@code any}). */
    private static final String PENDING = """
            FROM media m WHERE EXISTS (SELECT 1 FROM post_media pm WHERE pm.media_sha256 = m.sha256)
              AND NOT EXISTS (SELECT 1 FROM media_ocr o WHERE o.media_sha256 = m.sha256 AND (? OR o.langs = ?))""";
    /** Of each image, the row of its latest run. */
    private static final String LATEST = "o.run_id = (SELECT max(run_id) FROM media_ocr l WHERE l.media_sha256 = o.media_sha256)";

    private final SqliteConnection reader;
    private final SqliteConnection writer;

    SqliteImageTextRepository(SqliteConnection reader, SqliteConnection writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /**
     * How many images still need OCR: without any text read yet ({@code languages} null), or without text
     * read with exactly these languages ({@code eng+ara}).
     */
    public long countPending(String languages) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT count(*) " + PENDING)) {
                bindPending(select, 1, languages);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** The next images needing OCR after {@code afterSha256}, in hash order, with their posts' languages. */
    public List<PendingImage> pending(String languages, String afterSha256, int limit) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT m.sha256, m.bytes,
                           (SELECT group_concat(DISTINCT p.lang) FROM post_media pm JOIN posts p ON p.id = pm.post_id
                             WHERE pm.media_sha256 = m.sha256 AND p.lang IS NOT NULL)
                    """ + PENDING + " AND m.sha256 > ? ORDER BY m.sha256 LIMIT ?")) {
                int next = bindPending(select, 1, languages);
                select.setString(next, afterSha256);
                select.setInt(next + 1, limit);
                List<PendingImage> page = new ArrayList<>(limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String langs = rows.getString(3);
                        page.add(new PendingImage(rows.getString(1), rows.getBytes(2),
                                langs == null ? Set.of() : new HashSet<>(Arrays.asList(langs.split(",")))));
                    }
                }
                return page;
            }
        });
    }

    private static int bindPending(PreparedStatement statement, int index, String languages) throws SQLException {
        statement.setBoolean(index, languages == null);
        statement.setString(index + 1, languages == null ? "" : languages);
        return index + 2;
    }

    /**
     * Stores what one batch read, in one transaction, and brings the full-text rows of the posts showing these
     * images up to date; a row already there for an image and languages is replaced.
     */
    public void write(List<ImageText> texts) {
        writer.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT OR REPLACE INTO media_ocr (media_sha256, langs, run_id, text, confidence, problem)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                for (ImageText text : texts) {
                    insert.setString(1, text.mediaSha256());
                    insert.setString(2, text.languages());
                    insert.setLong(3, text.runId());
                    insert.setString(4, text.text());
                    if (text.isProblem()) {
                        insert.setNull(5, java.sql.Types.INTEGER);
                    } else {
                        insert.setInt(5, text.confidence());
                    }
                    insert.setString(6, text.problem());
                    insert.executeUpdate();
                }
            }
            Set<Long> posts = new LinkedHashSet<>();
            try (PreparedStatement showing = c.prepareStatement("SELECT post_id FROM post_media WHERE media_sha256 = ?")) {
                for (ImageText text : texts) {
                    showing.setString(1, text.mediaSha256());
                    try (ResultSet rows = showing.executeQuery()) {
                        while (rows.next()) {
                            posts.add(rows.getLong(1));
                        }
                    }
                }
            }
            new PostSearchRows(c).refresh(posts);
            return null;
        });
    }

    /**
     * Adds image text to the full-text rows of posts imported after their images were read (an image already
     * read, shown again by a new post). Returns how many posts it updated.
     */
    public int indexNewPostsOfReadImages() {
        return writer.inTransaction(c -> {
            List<Long> posts = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT DISTINCT pm.post_id FROM post_media pm JOIN media_ocr o ON o.media_sha256 = pm.media_sha256
                    WHERE o.text <> '' AND NOT EXISTS (SELECT 1 FROM post_ocr_index i WHERE i.post_id = pm.post_id)""");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    posts.add(rows.getLong(1));
                }
            }
            return new PostSearchRows(c).refresh(posts);
        });
    }

    /** The text read in an image by its latest OCR run, if any. */
    public Optional<ImageText> find(String sha256) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT o.media_sha256, o.langs, o.text, o.confidence, o.problem, o.run_id FROM media_ocr o
                    WHERE o.media_sha256 = ? AND""" + " " + LATEST)) {
                select.setString(1, sha256);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(new ImageText(row.getString(1), row.getString(2), row.getString(3),
                            row.getInt(4), row.getString(5), row.getLong(6))) : Optional.empty();
                }
            }
        });
    }

    /** How many images have been read (with text found or not) and how many could not be read. */
    public long[] countReadAndProblems() {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT count(DISTINCT media_sha256), count(DISTINCT CASE WHEN problem IS NOT NULL THEN media_sha256 END)
                    FROM media_ocr o WHERE""" + " " + LATEST);
                 ResultSet row = select.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        });
    }

    /**
     * A post's full-text row is its own text and then the text of its images (each image's latest reading),
     * both search-normalised. Replacing a contentless FTS5 row needs its exact old text, which the post's text
     * and {@code post_ocr_index} give.
     */
    static final class PostSearchRows {

        private final Connection connection;

        PostSearchRows(Connection connection) {
            this.connection = connection;
        }

        int refresh(Iterable<Long> postIds) throws SQLException {
            int changed = 0;
            try (PreparedStatement post = connection.prepareStatement(
                         "SELECT p.text, i.body FROM posts p LEFT JOIN post_ocr_index i ON i.post_id = p.id WHERE p.id = ?");
                 PreparedStatement images = connection.prepareStatement("""
                         SELECT o.text FROM post_media pm JOIN media_ocr o ON o.media_sha256 = pm.media_sha256
                         WHERE pm.post_id = ? AND o.text <> '' AND""" + " " + LATEST + " ORDER BY pm.position");
                 PreparedStatement delete = connection.prepareStatement(
                         "INSERT INTO posts_fts (posts_fts, rowid, body) VALUES ('delete', ?, ?)");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO posts_fts (rowid, body) VALUES (?, ?)");
                 PreparedStatement remember = connection.prepareStatement(
                         "INSERT OR REPLACE INTO post_ocr_index (post_id, ocr_text, body) VALUES (?, ?, ?)");
                 PreparedStatement forget = connection.prepareStatement("DELETE FROM post_ocr_index WHERE post_id = ?")) {
                for (long postId : postIds) {
                    post.setLong(1, postId);
                    String ownBody;
                    String oldImageBody;
                    try (ResultSet row = post.executeQuery()) {
                        if (!row.next()) {
                            continue;
                        }
                        ownBody = SearchText.normalize(row.getString(1));
                        oldImageBody = row.getString(2) == null ? "" : row.getString(2);
                    }
                    List<String> texts = new ArrayList<>();
                    images.setLong(1, postId);
                    try (ResultSet rows = images.executeQuery()) {
                        while (rows.next()) {
                            texts.add(rows.getString(1));
                        }
                    }
                    String imageText = String.join("\n", texts);
                    String imageBody = SearchText.normalize(imageText);
                    if (imageBody.equals(oldImageBody)) {
                        continue;
                    }
                    String oldRow = joined(ownBody, oldImageBody);
                    String newRow = joined(ownBody, imageBody);
                    if (!oldRow.isBlank()) {
                        delete.setLong(1, postId);
                        delete.setString(2, oldRow);
                        delete.executeUpdate();
                    }
                    if (!newRow.isBlank()) {
                        insert.setLong(1, postId);
                        insert.setString(2, newRow);
                        insert.executeUpdate();
                    }
                    if (imageBody.isEmpty()) {
                        forget.setLong(1, postId);
                        forget.executeUpdate();
                    } else {
                        remember.setLong(1, postId);
                        remember.setString(2, imageText);
                        remember.setString(3, imageBody);
                        remember.executeUpdate();
                    }
                    changed++;
                }
            }
            return changed;
        }

        /** Exactly as the import writes a post's row when there is no image text: its own text alone. */
        private static String joined(String ownBody, String imageBody) {
            if (imageBody.isEmpty()) {
                return ownBody;
            }
            return ownBody.isBlank() ? imageBody : ownBody + "\n" + imageBody;
        }
    }
}
