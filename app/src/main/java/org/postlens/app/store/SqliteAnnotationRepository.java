package org.postlens.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postlens.app.domain.Annotation;
import org.postlens.app.domain.AnnotationAction;
import org.postlens.app.domain.AnnotationOrigin;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewAnnotation;

/**
 * Human annotations, append-only: every judgement, change and undo is a new row, and {@code current_annotations}
 * points at each annotator's standing one. Each write is one transaction, so a crash keeps every label given
 * before it.
 */
public final class SqliteAnnotationRepository {

    private static final String COLUMNS =
            "a.id, a.post_id, a.schema_id, a.annotator, a.action, a.labels, a.note, a.tags, a.origin, a.supersedes, a.created_at";

    private final SqliteConnection reader;
    private final SqliteConnection writer;

    SqliteAnnotationRepository(SqliteConnection reader, SqliteConnection writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /**
     * Stores the labels an annotator gives a post; they supersede the annotator's earlier ones on that post and
     * schema (an adjudication supersedes only an earlier adjudication).
     *
     * @throws IllegalArgumentException when a label is not the schema's, or a single-label schema gets more or
     *                                  fewer than one
     */
    public Annotation add(LabelSchema schema, NewAnnotation annotation) {
        if (annotation.schemaId() != schema.id()) {
            throw new IllegalArgumentException("the annotation is for schema " + annotation.schemaId()
                    + ", not '" + schema.name() + "'");
        }
        List<String> labels = schema.canonical(annotation.labels());
        boolean adjudication = annotation.origin() == AnnotationOrigin.ADJUDICATION;
        long id = writer.inTransaction(c -> {
            Long previous = currentId(c, annotation.schemaId(), annotation.postId(), annotation.annotator(), adjudication);
            long row = insert(c, annotation.postId(), annotation.schemaId(), annotation.annotator(),
                    AnnotationAction.LABEL, labels, annotation.note(), annotation.tags(), annotation.origin(), previous);
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO current_annotations (schema_id, post_id, annotator, adjudication, annotation_id, labels)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (schema_id, post_id, annotator, adjudication)
                    DO UPDATE SET annotation_id = excluded.annotation_id, labels = excluded.labels""")) {
                upsert.setLong(1, annotation.schemaId());
                upsert.setLong(2, annotation.postId());
                upsert.setString(3, annotation.annotator());
                upsert.setInt(4, adjudication ? 1 : 0);
                upsert.setLong(5, row);
                upsert.setString(6, JsonLists.write(labels));
                upsert.executeUpdate();
            }
            return row;
        });
        return find(id).orElseThrow();
    }

    /**
     * Takes back the annotator's standing labels (or adjudication) on a post: a RETRACT row is appended and the post
     * counts as unlabelled by them again. Empty when they had none.
     */
    public Optional<Annotation> retract(long schemaId, long postId, String annotator, boolean adjudication) {
        Long id = writer.inTransaction(c -> {
            Long previous = currentId(c, schemaId, postId, annotator, adjudication);
            if (previous == null) {
                return null;
            }
            long row = insert(c, postId, schemaId, annotator, AnnotationAction.RETRACT, List.of(), "", List.of(),
                    adjudication ? AnnotationOrigin.ADJUDICATION : AnnotationOrigin.MANUAL, previous);
            try (PreparedStatement delete = c.prepareStatement("""
                    DELETE FROM current_annotations
                    WHERE schema_id = ? AND post_id = ? AND annotator = ? AND adjudication = ?""")) {
                delete.setLong(1, schemaId);
                delete.setLong(2, postId);
                delete.setString(3, annotator);
                delete.setInt(4, adjudication ? 1 : 0);
                delete.executeUpdate();
            }
            return row;
        });
        return id == null ? Optional.empty() : find(id);
    }

    public Optional<Annotation> find(long id) {
        return writer.query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM annotations a WHERE a.id = ?")) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(annotation(row)) : Optional.<Annotation>empty();
                }
            }
        });
    }

    /** The standing annotations of a post for a schema, one per annotator, plus the adjudication if any. */
    public List<Annotation> current(long schemaId, long postId) {
        return writer.query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + """
                     FROM current_annotations c JOIN annotations a ON a.id = c.annotation_id
                    WHERE c.schema_id = ? AND c.post_id = ? ORDER BY a.id""")) {
                select.setLong(1, schemaId);
                select.setLong(2, postId);
                return annotations(select);
            }
        });
    }

    /** Every standing annotation of a schema, by post: what agreement, gold labels and training read. */
    public List<Annotation> current(long schemaId) {
        return writer.query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + """
                     FROM current_annotations c JOIN annotations a ON a.id = c.annotation_id
                    WHERE c.schema_id = ? ORDER BY c.post_id, a.id""")) {
                select.setLong(1, schemaId);
                return annotations(select);
            }
        });
    }

    /** Every annotation row of a post, all schemas and annotators, oldest first: its audit trail. */
    public List<Annotation> history(long postId) {
        return writer.query(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM annotations a WHERE a.post_id = ? ORDER BY a.id")) {
                select.setLong(1, postId);
                return annotations(select);
            }
        });
    }

    /** The names of everyone who has a standing annotation in this schema (adjudicators as such excluded). */
    public List<String> annotators(long schemaId) {
        return writer.query(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT DISTINCT annotator FROM current_annotations
                    WHERE schema_id = ? AND adjudication = 0 ORDER BY annotator""")) {
                select.setLong(1, schemaId);
                List<String> names = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        names.add(row.getString(1));
                    }
                }
                return names;
            }
        });
    }

    /** How many posts this annotator has a standing label on in the schema. */
    public long countLabelledBy(long schemaId, String annotator) {
        return writer.query(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT count(*) FROM current_annotations WHERE schema_id = ? AND annotator = ? AND adjudication = 0""")) {
                select.setLong(1, schemaId);
                select.setString(2, annotator);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /**
     * Up to {@code limit} posts after {@code afterPostId}, in id order, that this annotator has no standing label on:
     * the "unlabelled" queue, read a page at a time (each post costs one primary-key probe, so a page is quick at
     * millions of posts).
     */
    public List<Long> unlabelledBy(long schemaId, String annotator, long afterPostId, int limit) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT p.id FROM posts p
                    WHERE p.id > ? AND NOT EXISTS (
                      SELECT 1 FROM current_annotations c
                      WHERE c.schema_id = ? AND c.post_id = p.id AND c.annotator = ? AND c.adjudication = 0)
                    ORDER BY p.id LIMIT ?""")) {
                select.setLong(1, afterPostId);
                select.setLong(2, schemaId);
                select.setString(3, annotator);
                select.setInt(4, limit);
                return ids(select);
            }
        });
    }

    /**
     * Up to {@code limit} posts after {@code afterPostId} whose annotators gave different labels and that have no
     * adjudication yet: the adjudication queue.
     */
    public List<Long> disagreements(long schemaId, long afterPostId, int limit) {
        return writer.query(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT c.post_id FROM current_annotations c
                    WHERE c.schema_id = ? AND c.adjudication = 0 AND c.post_id > ?
                      AND NOT EXISTS (SELECT 1 FROM current_annotations j
                                      WHERE j.schema_id = c.schema_id AND j.post_id = c.post_id AND j.adjudication = 1)
                    GROUP BY c.post_id HAVING count(DISTINCT c.labels) > 1
                    ORDER BY c.post_id LIMIT ?""")) {
                select.setLong(1, schemaId);
                select.setLong(2, afterPostId);
                select.setInt(3, limit);
                return ids(select);
            }
        });
    }

    private static Long currentId(Connection c, long schemaId, long postId, String annotator, boolean adjudication)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement("""
                SELECT annotation_id FROM current_annotations
                WHERE schema_id = ? AND post_id = ? AND annotator = ? AND adjudication = ?""")) {
            select.setLong(1, schemaId);
            select.setLong(2, postId);
            select.setString(3, annotator);
            select.setInt(4, adjudication ? 1 : 0);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static long insert(Connection c, long postId, long schemaId, String annotator, AnnotationAction action,
                               List<String> labels, String note, List<String> tags, AnnotationOrigin origin,
                               Long supersedes) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO annotations (post_id, schema_id, annotator, action, labels, note, tags, origin, supersedes, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, postId);
            insert.setLong(2, schemaId);
            insert.setString(3, annotator);
            insert.setString(4, action.name());
            insert.setString(5, JsonLists.write(labels));
            insert.setString(6, note);
            insert.setString(7, JsonLists.write(tags));
            insert.setString(8, origin.name());
            if (supersedes == null) {
                insert.setNull(9, java.sql.Types.INTEGER);
            } else {
                insert.setLong(9, supersedes);
            }
            insert.setLong(10, Instant.now().toEpochMilli());
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private static List<Annotation> annotations(PreparedStatement select) throws SQLException {
        List<Annotation> annotations = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                annotations.add(annotation(row));
            }
        }
        return annotations;
    }

    private static List<Long> ids(PreparedStatement select) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                ids.add(row.getLong(1));
            }
        }
        return ids;
    }

    private static Annotation annotation(ResultSet row) throws SQLException {
        long supersedes = row.getLong(10);
        Long superseded = row.wasNull() ? null : supersedes;
        return new Annotation(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4),
                AnnotationAction.valueOf(row.getString(5)), JsonLists.read(row.getString(6)), row.getString(7),
                JsonLists.read(row.getString(8)), AnnotationOrigin.valueOf(row.getString(9)), superseded,
                Instant.ofEpochMilli(row.getLong(11)));
    }
}
