package org.postlens.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postlens.app.domain.NewPrediction;
import org.postlens.app.domain.PendingPost;
import org.postlens.app.domain.PostText;
import org.postlens.app.domain.PredictedLabels;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.domain.TaskModelKey;

/**
 * Predictions of task models, one per run and post. Each names its run, so the model, version, task and device
 * behind every label can be traced, and several models of one task stand side by side; readers see the latest.
 */
public final class SqlitePredictionRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Double>> SCORES = new TypeReference<>() {};
    private static final String HAS_TEXT = "p.text IS NOT NULL AND trim(p.text) <> ''";
    /** SQLite's default limit on host parameters is 32,766; pages of posts stay far below it. */
    private static final int MAX_IDS_PER_QUERY = 10_000;

    private final SqliteConnection reader;
    private final SqliteConnection writer;

    SqlitePredictionRepository(SqliteConnection reader, SqliteConnection writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /**
     * Stores a batch (any number of runs) in one transaction: a cancel or crash keeps whole batches only. A
     * prediction already there for the run and post is replaced.
     */
    public void write(List<NewPrediction> predictions) {
        if (predictions.isEmpty()) {
            return;
        }
        writer.inTransaction(c -> {
            insert(c, predictions);
            return null;
        });
    }

    /** Writes predictions inside the caller's transaction (a prediction already there for the run and post is replaced). */
    static void insert(java.sql.Connection c, List<NewPrediction> predictions) throws java.sql.SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT OR REPLACE INTO predictions (run_id, post_id, label, score, scores) VALUES (?, ?, ?, ?, ?)")) {
            for (NewPrediction prediction : predictions) {
                insert.setLong(1, prediction.runId());
                insert.setLong(2, prediction.postId());
                insert.setString(3, prediction.label());
                insert.setDouble(4, prediction.score());
                insert.setString(5, json(prediction.scores()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * How many posts with text lack a prediction from at least one of {@code models} among those in its languages
     * (posts of unknown language count for every model).
     */
    public long countMissing(List<TaskModelKey> models) {
        if (models.isEmpty()) {
            return 0;
        }
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM posts p WHERE " + HAS_TEXT
                    + " AND (" + lacksAny(models) + ")")) {
                bindModels(select, 1, models);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /**
     * The next posts, after {@code afterPostId} in id order, that {@link #countMissing} counts, each with the models
     * (by their index in {@code models}) that lack it.
     */
    public List<PendingPost> missing(List<TaskModelKey> models, long afterPostId, int limit) {
        if (models.isEmpty()) {
            return List.of();
        }
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            flags.add(lacks(models.get(i)) + " AS lacks" + i);
        }
        List<String> anyFlag = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            anyFlag.add("lacks" + i);
        }
        String select = "SELECT id, text, lang, " + String.join(", ", anyFlag) + " FROM (SELECT p.id, p.text, p.lang, "
                + String.join(", ", flags) + " FROM posts p WHERE p.id > ? AND " + HAS_TEXT + ")"
                + " WHERE " + String.join(" OR ", anyFlag) + " ORDER BY id LIMIT ?";
        return reader.query(c -> {
            try (PreparedStatement statement = c.prepareStatement(select)) {
                int next = bindModels(statement, 1, models);
                statement.setLong(next, afterPostId);
                statement.setInt(next + 1, limit);
                List<PendingPost> page = new ArrayList<>(limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        BitSet lacking = new BitSet(models.size());
                        for (int i = 0; i < models.size(); i++) {
                            lacking.set(i, rows.getInt(4 + i) != 0);
                        }
                        page.add(new PendingPost(new PostText(rows.getLong(1), rows.getString(2), rows.getString(3)), lacking));
                    }
                }
                return page;
            }
        });
    }

    /** Which of {@code postIds} already have a prediction from this model version (from any of its runs). */
    public Set<Long> predicted(String modelId, String version, Collection<Long> postIds) {
        Set<Long> done = new HashSet<>();
        for (List<Long> chunk : chunks(postIds)) {
            reader.query(c -> {
                try (PreparedStatement select = c.prepareStatement("""
                        SELECT pr.post_id FROM predictions pr JOIN runs r ON r.id = pr.run_id
                        WHERE r.model_id = ? AND r.model_version = ? AND pr.post_id IN (%s)""".formatted(placeholders(chunk.size())))) {
                    select.setString(1, modelId);
                    select.setString(2, version);
                    bindIds(select, 3, chunk);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            done.add(rows.getLong(1));
                        }
                    }
                }
                return null;
            });
        }
        return done;
    }

    /**
     * For each of {@code postIds}, its latest prediction per task (from the newest run of that task that
     * predicted it), tasks in name order.
     */
    public Map<Long, Map<String, StoredPrediction>> latest(Collection<Long> postIds) {
        Map<Long, Map<String, StoredPrediction>> byPost = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(postIds)) {
            reader.query(c -> {
                try (PreparedStatement select = c.prepareStatement("SELECT pr.post_id, pr.label, pr.score, pr.scores, "
                        + SqliteRunRepository.columns("r") + " FROM predictions pr JOIN runs r ON r.id = pr.run_id"
                        + " WHERE pr.post_id IN (" + placeholders(chunk.size()) + ") AND r.task IS NOT NULL"
                        + " ORDER BY pr.post_id, r.task, r.id DESC")) {
                    bindIds(select, 1, chunk);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            StoredPrediction prediction = prediction(rows);
                            byPost.computeIfAbsent(prediction.postId(), id -> new LinkedHashMap<>())
                                    .putIfAbsent(prediction.task(), prediction);
                        }
                    }
                }
                return null;
            });
        }
        return byPost;
    }

    /** The predictions one run made for those of {@code postIds} it reached, by post id. */
    public Map<Long, StoredPrediction> ofRun(long runId, Collection<Long> postIds) {
        Map<Long, StoredPrediction> byPost = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(postIds)) {
            reader.query(c -> {
                try (PreparedStatement select = c.prepareStatement("SELECT pr.post_id, pr.label, pr.score, pr.scores, "
                        + SqliteRunRepository.columns("r") + " FROM predictions pr JOIN runs r ON r.id = pr.run_id"
                        + " WHERE pr.run_id = ? AND pr.post_id IN (" + placeholders(chunk.size()) + ")")) {
                    select.setLong(1, runId);
                    bindIds(select, 2, chunk);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            StoredPrediction prediction = prediction(rows);
                            byPost.put(prediction.postId(), prediction);
                        }
                    }
                }
                return null;
            });
        }
        return byPost;
    }

    /** The latest predictions of one post, per task in name order. */
    public Map<String, StoredPrediction> latest(long postId) {
        return latest(List.of(postId)).getOrDefault(postId, Map.of());
    }

    /**
     * The posts a run predicted, least confident first (ascending stored top score, ties in post id order): the
     * "most uncertain" labelling queue. The run's rows are read in key order and sorted here, on primitive keys (the
     * score as a float, then the row's position): several times quicker than SQLite sorting a million rows.
     */
    public long[] postsByScore(long runId) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT post_id, score FROM predictions WHERE run_id = ? ORDER BY post_id")) {
                select.setLong(1, runId);
                select.setFetchSize(10_000);
                long[] ids = new long[1024];
                long[] keys = new long[1024];
                int size = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (size == ids.length) {
                            ids = java.util.Arrays.copyOf(ids, size * 2);
                            keys = java.util.Arrays.copyOf(keys, size * 2);
                        }
                        ids[size] = rows.getLong(1);
                        keys[size] = ((long) sortableBits((float) rows.getDouble(2)) << 32) | size;
                        size++;
                    }
                }
                java.util.Arrays.sort(keys, 0, size);
                long[] ordered = new long[size];
                for (int i = 0; i < size; i++) {
                    ordered[i] = ids[(int) (keys[i] & 0xFFFF_FFFFL)];
                }
                return ordered;
            }
        });
    }

    /** A float's bits as an int that orders as the floats do (negative ones too). */
    private static int sortableBits(float value) {
        int bits = Float.floatToIntBits(value);
        return bits ^ ((bits >> 31) & 0x7FFF_FFFF);
    }

    /** Tasks with at least one stored prediction, in name order. */
    public List<String> tasks() {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT DISTINCT r.task FROM runs r WHERE r.task IS NOT NULL"
                            + " AND EXISTS (SELECT 1 FROM predictions pr WHERE pr.run_id = r.id) ORDER BY r.task");
                 ResultSet rows = select.executeQuery()) {
                List<String> tasks = new ArrayList<>();
                while (rows.next()) {
                    tasks.add(rows.getString(1));
                }
                return tasks;
            }
        });
    }

    /** The labels stored for a task, most frequent first; each label of a multi-label prediction on its own. */
    public List<String> labels(String task) {
        return List.copyOf(countLabels("""
                SELECT pr.label, count(*), max(r.parameters_json) FROM predictions pr JOIN runs r ON r.id = pr.run_id
                WHERE r.task = ? GROUP BY pr.label, r.parameters_json""", select -> select.setString(1, task)).keySet());
    }

    /** How many predictions of a run have each label, most frequent first (a multi-label one counts for each). */
    public Map<String, Long> labelCounts(long runId) {
        return countLabels("""
                SELECT pr.label, count(*), max(r.parameters_json) FROM predictions pr JOIN runs r ON r.id = pr.run_id
                WHERE pr.run_id = ? GROUP BY pr.label""", select -> select.setLong(1, runId));
    }

    /** Rows of (stored label, count, run parameters) summed per label, most frequent first, then by name. */
    private Map<String, Long> countLabels(String sql, Binder binder) {
        Map<String, Long> counts = reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                binder.bind(select);
                Map<String, Long> sums = new java.util.HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String stored = rows.getString(1);
                        List<String> labels = Run.multiLabel(rows.getString(3)) && !stored.equals(PredictedLabels.NONE)
                                ? PredictedLabels.split(stored) : List.of(stored);
                        for (String label : labels) {
                            sums.merge(label, rows.getLong(2), Long::sum);
                        }
                    }
                }
                return sums;
            }
        });
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /**
     * "Lacks a prediction of model A (and is in A's languages or of unknown language) or lacks one of model B …".
     * Language codes are checked to be plain codes before they are written into the SQL.
     */
    private static String lacksAny(List<TaskModelKey> models) {
        return String.join(" OR ", models.stream().map(SqlitePredictionRepository::lacks).toList());
    }

    private static String lacks(TaskModelKey model) {
        return "(NOT EXISTS (SELECT 1 FROM predictions pr JOIN runs r ON r.id = pr.run_id"
                + " WHERE pr.post_id = p.id AND r.model_id = ? AND r.model_version = ?)" + inLanguages(model.languages()) + ")";
    }

    private static int bindModels(PreparedStatement statement, int first, List<TaskModelKey> models) throws SQLException {
        int position = first;
        for (TaskModelKey model : models) {
            statement.setString(position++, model.modelId());
            statement.setString(position++, model.version());
        }
        return position;
    }

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

    private static StoredPrediction prediction(ResultSet row) throws SQLException {
        return new StoredPrediction(row.getLong(1), row.getString(2), row.getDouble(3), scores(row.getString(4)),
                SqliteRunRepository.run(row, 5));
    }

    private static String json(Map<String, Double> scores) {
        try {
            return JSON.writeValueAsString(scores);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Double> scores(String json) {
        try {
            return JSON.readValue(json, SCORES);
        } catch (JsonProcessingException e) {
            throw new StoreException(new SQLException("unreadable scores of a prediction: " + json, e));
        }
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_IDS_PER_QUERY) {
            chunks.add(all.subList(from, Math.min(all.size(), from + MAX_IDS_PER_QUERY)));
        }
        return chunks;
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static void bindIds(PreparedStatement statement, int first, List<Long> ids) throws SQLException {
        int position = first;
        for (long id : ids) {
            statement.setLong(position++, id);
        }
    }
}
