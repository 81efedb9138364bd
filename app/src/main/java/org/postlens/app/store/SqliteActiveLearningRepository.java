package org.postlens.app.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postlens.app.domain.Int8Vector;
import org.postlens.app.domain.NewPrediction;
import org.postlens.app.domain.PostText;
import org.postlens.app.domain.UncertainPost;

/**
 * What active learning reads and writes: the texts and stored vectors of labelled posts, every post with text a
 * page at a time, and a run's predictions stored together with how uncertain each one is, for the "most
 * uncertain" labelling queue.
 */
public final class SqliteActiveLearningRepository {

    /** Posts a model can read: text of their own or text read in their images (as the encoder reads them). */
    private static final String HAS_TEXT = "((p.text IS NOT NULL AND trim(p.text) <> '')"
            + " OR EXISTS (SELECT 1 FROM post_ocr_index i WHERE i.post_id = p.id))";
    private static final String TEXT_COLUMNS = "p.id, p.text, p.lang, (SELECT i.ocr_text FROM post_ocr_index i WHERE i.post_id = p.id)";
    private static final int MAX_IDS_PER_QUERY = 10_000;

    private final SqliteConnection reader;
    private final SqliteConnection writer;

    SqliteActiveLearningRepository(SqliteConnection reader, SqliteConnection writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /** How many posts have text a model can read. */
    public long countWithText() {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM posts p WHERE " + HAS_TEXT);
                 ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** The next posts with text after {@code afterPostId}, in id order; text as {@link #texts} gives it. */
    public List<PostText> textPage(long afterPostId, int limit) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + TEXT_COLUMNS + " FROM posts p WHERE p.id > ? AND "
                    + HAS_TEXT + " ORDER BY p.id LIMIT ?")) {
                select.setLong(1, afterPostId);
                select.setInt(2, limit);
                return texts(select);
            }
        });
    }

    /**
     * These posts' texts (their own text, then on a new line the text read in their images), in id order; posts
     * without either are left out.
     */
    public List<PostText> texts(Collection<Long> postIds) {
        List<PostText> texts = new ArrayList<>();
        for (List<Long> chunk : chunks(postIds)) {
            texts.addAll(reader.query(c -> {
                try (PreparedStatement select = c.prepareStatement("SELECT " + TEXT_COLUMNS + " FROM posts p WHERE p.id IN ("
                        + placeholders(chunk.size()) + ") AND " + HAS_TEXT + " ORDER BY p.id")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setLong(i + 1, chunk.get(i));
                    }
                    return texts(select);
                }
            }));
        }
        texts.sort(java.util.Comparator.comparingLong(PostText::postId));
        return texts;
    }

    /** The stored vectors of this encoder for those of {@code postIds} that have one. */
    public Map<Long, Int8Vector> vectors(String modelId, Collection<Long> postIds) {
        Map<Long, Int8Vector> vectors = new HashMap<>();
        for (List<Long> chunk : chunks(postIds)) {
            reader.query(c -> {
                try (PreparedStatement select = c.prepareStatement("SELECT post_id, vector FROM embeddings WHERE model_id = ?"
                        + " AND post_id IN (" + placeholders(chunk.size()) + ")")) {
                    select.setString(1, modelId);
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setLong(i + 2, chunk.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            byte[] blob = rows.getBytes(2);
                            float scale = ByteBuffer.wrap(blob, 0, Int8VectorBlob.HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN).getFloat();
                            vectors.put(rows.getLong(1), new Int8Vector(Arrays.copyOfRange(blob, Int8VectorBlob.HEADER_BYTES, blob.length), scale));
                        }
                    }
                }
                return null;
            });
        }
        return vectors;
    }

    /**
     * Stores predictions and how uncertain each is ({@code uncertainty[i]} for {@code predictions.get(i)}) in one
     * transaction: a cancel or crash keeps whole batches only.
     */
    public void write(List<NewPrediction> predictions, double[] uncertainty) {
        if (predictions.size() != uncertainty.length) {
            throw new IllegalArgumentException(predictions.size() + " predictions but " + uncertainty.length + " uncertainties");
        }
        if (predictions.isEmpty()) {
            return;
        }
        writer.inTransaction(c -> {
            SqlitePredictionRepository.insert(c, predictions);
            try (PreparedStatement doubt = c.prepareStatement(
                    "INSERT OR REPLACE INTO prediction_uncertainty (run_id, post_id, uncertainty) VALUES (?, ?, ?)")) {
                for (int i = 0; i < predictions.size(); i++) {
                    doubt.setLong(1, predictions.get(i).runId());
                    doubt.setLong(2, predictions.get(i).postId());
                    doubt.setDouble(3, uncertainty[i]);
                    doubt.addBatch();
                }
                doubt.executeBatch();
            }
            return null;
        });
    }

    /**
     * The run's predictions, most uncertain first (then by post id), leaving out posts that now have a standing
     * annotation in the schema: the "most uncertain" labelling queue. Read from an index, so the first page is
     * quick at a million predictions.
     */
    public List<UncertainPost> mostUncertain(long runId, long schemaId, int limit) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT u.post_id, u.uncertainty, pr.label, pr.score FROM prediction_uncertainty u
                    JOIN predictions pr ON pr.run_id = u.run_id AND pr.post_id = u.post_id
                    WHERE u.run_id = ? AND NOT EXISTS (
                      SELECT 1 FROM current_annotations a WHERE a.schema_id = ? AND a.post_id = u.post_id)
                    ORDER BY u.uncertainty DESC, u.post_id LIMIT ?""")) {
                select.setLong(1, runId);
                select.setLong(2, schemaId);
                select.setInt(3, limit);
                List<UncertainPost> posts = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        posts.add(new UncertainPost(rows.getLong(1), rows.getDouble(2), rows.getString(3), rows.getDouble(4)));
                    }
                }
                return posts;
            }
        });
    }

    /**
     * Every post the run predicted, most uncertain first (then by post id), read from the index: for a queue that
     * holds the whole order and skips labelled posts itself.
     */
    public long[] postsByUncertainty(long runId) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT post_id FROM prediction_uncertainty WHERE run_id = ? ORDER BY uncertainty DESC, post_id")) {
                select.setLong(1, runId);
                select.setFetchSize(10_000);
                long[] ids = new long[1024];
                int size = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (size == ids.length) {
                            ids = Arrays.copyOf(ids, size * 2);
                        }
                        ids[size++] = rows.getLong(1);
                    }
                }
                return Arrays.copyOf(ids, size);
            }
        });
    }

    private static List<PostText> texts(PreparedStatement select) throws java.sql.SQLException {
        List<PostText> texts = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                texts.add(new PostText(rows.getLong(1), SqliteEmbeddingRepository.withImageText(rows.getString(2), rows.getString(4)),
                        rows.getString(3)));
            }
        }
        return texts;
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_IDS_PER_QUERY) {
            chunks.add(all.subList(from, Math.min(all.size(), from + MAX_IDS_PER_QUERY)));
        }
        return chunks;
    }
}
