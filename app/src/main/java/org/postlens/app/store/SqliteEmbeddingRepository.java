package org.postlens.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.postlens.app.domain.Int8VectorTable;
import org.postlens.app.domain.PostText;
import org.postlens.app.domain.PostVector;

/** Text embeddings, one per post and model, each naming the run that made it. */
public final class SqliteEmbeddingRepository {

    /** Posts a text encoder can read: those with text of their own or text read in their images. */
    private static final String HAS_TEXT = "((p.text IS NOT NULL AND trim(p.text) <> '')"
            + " OR EXISTS (SELECT 1 FROM post_ocr_index i WHERE i.post_id = p.id))";
    private static final String LACKS_VECTOR =
            "NOT EXISTS (SELECT 1 FROM embeddings e WHERE e.model_id = ? AND e.post_id = p.id)";

    private final SqliteConnection reader;
    private final SqliteConnection writer;

    SqliteEmbeddingRepository(SqliteConnection reader, SqliteConnection writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /** Stores a batch in one transaction; a vector already there for the post and model is replaced. */
    public void write(long runId, String modelId, List<PostVector> vectors) {
        writer.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT OR REPLACE INTO embeddings (post_id, model_id, run_id, vector) VALUES (?, ?, ?, ?)""")) {
                for (PostVector vector : vectors) {
                    insert.setLong(1, vector.postId());
                    insert.setString(2, modelId);
                    insert.setLong(3, runId);
                    insert.setBytes(4, Int8VectorBlob.encode(vector.vector()));
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /** How many posts with text have no vector of this model yet. */
    public long countMissing(String modelId) {
        return countMissing(modelId, Set.of());
    }

    /**
     * How many posts with text, in one of {@code languages} or of unknown language (all when empty), have no
     * vector of this model yet.
     */
    public long countMissing(String modelId, Set<String> languages) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT count(*) FROM posts p WHERE " + HAS_TEXT + " AND " + LACKS_VECTOR + inLanguages(languages))) {
                select.setString(1, modelId);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /**
     * The next posts with text and no vector of this model, after {@code afterPostId}, in id order; a post's text
     * is its own text followed, on a new line, by the text read in its images when there is some.
     */
    public List<PostText> missing(String modelId, long afterPostId, int limit) {
        return missing(modelId, Set.of(), afterPostId, limit);
    }

    /** As {@link #missing(String, long, int)}, for posts in one of {@code languages} or of unknown language. */
    public List<PostText> missing(String modelId, Set<String> languages, long afterPostId, int limit) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT p.id, p.text, p.lang,"
                    + " (SELECT i.ocr_text FROM post_ocr_index i WHERE i.post_id = p.id) FROM posts p WHERE p.id > ? AND "
                    + HAS_TEXT + " AND " + LACKS_VECTOR + inLanguages(languages) + " ORDER BY p.id LIMIT ?")) {
                select.setLong(1, afterPostId);
                select.setString(2, modelId);
                select.setInt(3, limit);
                List<PostText> page = new ArrayList<>(limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        page.add(new PostText(rows.getLong(1), withImageText(rows.getString(2), rows.getString(4)),
                                rows.getString(3)));
                    }
                }
                return page;
            }
        });
    }

    static String withImageText(String text, String imageText) {
        if (imageText == null || imageText.isBlank()) {
            return text;
        }
        return text == null || text.isBlank() ? imageText : text + "\n" + imageText;
    }

    /** Language codes are written into the SQL only after checking they are plain codes like "en" or "pt-br". */
    private static String inLanguages(Set<String> languages) {
        if (languages.isEmpty()) {
            return "";
        }
        for (String code : languages) {
            if (!code.matches("[a-z]{2,3}(-[a-z0-9]{2,8})?")) {
                throw new IllegalArgumentException("not a language code: " + code);
            }
        }
        return " AND (p.lang IS NULL OR p.lang IN ('" + String.join("', '", languages.stream().sorted().toList()) + "'))";
    }

    public long count(String modelId) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM embeddings WHERE model_id = ?")) {
                select.setString(1, modelId);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** The run that made a post's vector, or -1 when it has none. */
    public long runOf(long postId, String modelId) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT run_id FROM embeddings WHERE post_id = ? AND model_id = ?")) {
                select.setLong(1, postId);
                select.setString(2, modelId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getLong(1) : -1L;
                }
            }
        });
    }

    /** Every vector of the model, in post id order, straight into flat arrays; empty when there are none. */
    public Int8VectorTable load(String modelId) {
        int expected = (int) Math.min(Integer.MAX_VALUE - 8, count(modelId));
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT post_id, vector FROM embeddings WHERE model_id = ? ORDER BY post_id")) {
                select.setString(1, modelId);
                select.setFetchSize(4096);
                Int8VectorTable.Builder table = null;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        byte[] blob = rows.getBytes(2);
                        if (table == null) {
                            table = Int8VectorTable.builder(Int8VectorBlob.dimension(blob), expected);
                        }
                        table.add(rows.getLong(1), Int8VectorBlob.scale(blob), blob, Int8VectorBlob.HEADER_BYTES);
                    }
                }
                return table == null ? Int8VectorTable.builder(1, 0).build() : table.build();
            }
        });
    }
}
