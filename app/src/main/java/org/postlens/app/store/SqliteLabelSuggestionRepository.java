package org.postlens.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.postlens.app.domain.AnnotationOrigin;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.LabelSuggestion;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.domain.NewLabelSuggestion;
import org.postlens.app.domain.SuggestionStatus;

/**
 * Labels suggested from near-duplicates. A suggestion is only ever a proposal: it becomes a label when a person
 * accepts it (an annotation of origin PROPAGATION, written in the same transaction as the decision), and a rejected
 * one is kept so that the same label is not proposed for the post again.
 */
public final class SqliteLabelSuggestionRepository {

    private static final String COLUMNS = "id, post_id, schema_id, labels, source_post_id, reason, similarity,"
            + " suggested_by, created_at, status, decided_by, decided_at, annotation_id";

    private final SqliteConnection writer;

    SqliteLabelSuggestionRepository(SqliteConnection writer) {
        this.writer = writer;
    }

    /**
     * Stores the suggestions in one transaction and returns those stored. Left out: a suggestion for the source
     * post itself, for a post the annotator has a standing label on, for a post with a pending suggestion in the
     * schema already (also one earlier in this list), and one whose labels were rejected for that post before.
     *
     * @throws IllegalArgumentException when a suggestion is of another schema or its labels are not the schema's
     */
    public List<LabelSuggestion> add(LabelSchema schema, List<NewLabelSuggestion> suggestions) {
        List<Long> ids = writer.inTransaction(c -> {
            List<Long> added = new ArrayList<>();
            Set<Long> suggestedNow = new HashSet<>();
            for (NewLabelSuggestion suggestion : suggestions) {
                if (suggestion.schemaId() != schema.id()) {
                    throw new IllegalArgumentException("the suggestion is for schema " + suggestion.schemaId()
                            + ", not '" + schema.name() + "'");
                }
                String labels = JsonLists.write(schema.canonical(suggestion.labels()));
                if (suggestion.postId() == suggestion.sourcePostId() || !suggestedNow.add(suggestion.postId())
                        || labelledBy(c, schema.id(), suggestion.postId(), suggestion.suggestedBy())
                        || pendingOrRejected(c, schema.id(), suggestion.postId(), labels)) {
                    continue;
                }
                added.add(insert(c, suggestion, labels));
            }
            return added;
        });
        List<LabelSuggestion> stored = new ArrayList<>(ids.size());
        for (long id : ids) {
            find(id).ifPresent(stored::add);
        }
        return stored;
    }

    public Optional<LabelSuggestion> find(long id) {
        return writer.query(c -> find(c, id));
    }

    /** Up to {@code limit} pending suggestions of a schema with an id above {@code afterId}, oldest first. */
    public List<LabelSuggestion> pending(long schemaId, long afterId, int limit) {
        return writer.query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + """
                     FROM label_suggestions WHERE schema_id = ? AND status = 'PENDING' AND id > ?
                    ORDER BY id LIMIT ?""")) {
                select.setLong(1, schemaId);
                select.setLong(2, afterId);
                select.setInt(3, limit);
                return suggestions(select);
            }
        });
    }

    /** The pending suggestions of a schema that come from this labelled post. */
    public List<LabelSuggestion> pendingFrom(long schemaId, long sourcePostId) {
        return writer.query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + """
                     FROM label_suggestions WHERE schema_id = ? AND status = 'PENDING' AND source_post_id = ?
                    ORDER BY id""")) {
                select.setLong(1, schemaId);
                select.setLong(2, sourcePostId);
                return suggestions(select);
            }
        });
    }

    public long countPending(long schemaId) {
        return writer.query(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT count(*) FROM label_suggestions WHERE schema_id = ? AND status = 'PENDING'")) {
                select.setLong(1, schemaId);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /**
     * Accepts a pending suggestion: the person's annotation of origin PROPAGATION is written and the suggestion
     * marked accepted, both in one transaction.
     *
     * @throws IllegalStateException    when the suggestion is not pending (or does not exist)
     * @throws IllegalArgumentException when {@code schema} is not the suggestion's
     */
    public LabelSuggestion accept(LabelSchema schema, long suggestionId, String decidedBy) {
        String by = decider(decidedBy);
        writer.inTransaction(c -> {
            LabelSuggestion suggestion = requirePending(c, suggestionId);
            if (suggestion.schemaId() != schema.id()) {
                throw new IllegalArgumentException("suggestion " + suggestionId + " is not of schema '" + schema.name() + "'");
            }
            long annotation = SqliteAnnotationRepository.add(c, schema, new NewAnnotation(suggestion.postId(),
                    schema.id(), by, suggestion.labels(), "", List.of(), AnnotationOrigin.PROPAGATION));
            decide(c, suggestionId, SuggestionStatus.ACCEPTED, by, annotation);
            return null;
        });
        return find(suggestionId).orElseThrow();
    }

    /**
     * Rejects a pending suggestion; no label is written.
     *
     * @throws IllegalStateException when the suggestion is not pending (or does not exist)
     */
    public LabelSuggestion reject(long suggestionId, String decidedBy) {
        String by = decider(decidedBy);
        writer.inTransaction(c -> {
            requirePending(c, suggestionId);
            decide(c, suggestionId, SuggestionStatus.REJECTED, by, null);
            return null;
        });
        return find(suggestionId).orElseThrow();
    }

    private static String decider(String decidedBy) {
        if (decidedBy == null || decidedBy.isBlank()) {
            throw new IllegalArgumentException("a decision needs the annotator's name");
        }
        return decidedBy.strip();
    }

    private static LabelSuggestion requirePending(Connection c, long id) throws SQLException {
        LabelSuggestion suggestion = find(c, id)
                .orElseThrow(() -> new IllegalStateException("there is no suggestion " + id));
        if (suggestion.status() != SuggestionStatus.PENDING) {
            throw new IllegalStateException("suggestion " + id + " was " + suggestion.status().name().toLowerCase()
                    + " by " + suggestion.decidedBy() + " already");
        }
        return suggestion;
    }

    private static void decide(Connection c, long id, SuggestionStatus status, String by, Long annotationId)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE label_suggestions SET status = ?, decided_by = ?, decided_at = ?, annotation_id = ?
                WHERE id = ?""")) {
            update.setString(1, status.name());
            update.setString(2, by);
            update.setLong(3, Instant.now().toEpochMilli());
            if (annotationId == null) {
                update.setNull(4, Types.INTEGER);
            } else {
                update.setLong(4, annotationId);
            }
            update.setLong(5, id);
            update.executeUpdate();
        }
    }

    private static boolean labelledBy(Connection c, long schemaId, long postId, String annotator) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("""
                SELECT 1 FROM current_annotations
                WHERE schema_id = ? AND post_id = ? AND annotator = ? AND adjudication = 0""")) {
            select.setLong(1, schemaId);
            select.setLong(2, postId);
            select.setString(3, annotator);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static boolean pendingOrRejected(Connection c, long schemaId, long postId, String labels)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement("""
                SELECT 1 FROM label_suggestions
                WHERE schema_id = ? AND post_id = ?
                  AND (status = 'PENDING' OR (status = 'REJECTED' AND labels = ?)) LIMIT 1""")) {
            select.setLong(1, schemaId);
            select.setLong(2, postId);
            select.setString(3, labels);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static long insert(Connection c, NewLabelSuggestion suggestion, String labels) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO label_suggestions (post_id, schema_id, labels, source_post_id, reason, similarity,
                                               suggested_by, created_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')""", PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, suggestion.postId());
            insert.setLong(2, suggestion.schemaId());
            insert.setString(3, labels);
            insert.setLong(4, suggestion.sourcePostId());
            insert.setString(5, suggestion.reason());
            if (suggestion.similarity() == null) {
                insert.setNull(6, Types.REAL);
            } else {
                insert.setDouble(6, suggestion.similarity());
            }
            insert.setString(7, suggestion.suggestedBy());
            insert.setLong(8, Instant.now().toEpochMilli());
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private static Optional<LabelSuggestion> find(Connection c, long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM label_suggestions WHERE id = ?")) {
            select.setLong(1, id);
            List<LabelSuggestion> found = suggestions(select);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<LabelSuggestion> suggestions(PreparedStatement select) throws SQLException {
        List<LabelSuggestion> suggestions = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                double similarity = row.getDouble(7);
                Double similar = row.wasNull() ? null : similarity;
                long decidedAt = row.getLong(12);
                Instant decided = row.wasNull() ? null : Instant.ofEpochMilli(decidedAt);
                long annotation = row.getLong(13);
                Long annotationId = row.wasNull() ? null : annotation;
                suggestions.add(new LabelSuggestion(row.getLong(1), row.getLong(2), row.getLong(3),
                        JsonLists.read(row.getString(4)), row.getLong(5), row.getString(6), similar, row.getString(8),
                        Instant.ofEpochMilli(row.getLong(9)), SuggestionStatus.valueOf(row.getString(10)),
                        row.getString(11), decided, annotationId));
            }
        }
        return suggestions;
    }
}
