package org.postlens.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.SchemaDraft;
import org.postlens.app.domain.SchemaKind;

/** The label schemas of a project: the shipped ones once they are first used, and the user's own. */
public final class SqliteLabelSchemaRepository {

    private static final String COLUMNS = "id, name, title, kind, labels, description, tags, task, shipped";

    private final SqliteConnection reader;
    private final SqliteConnection writer;

    SqliteLabelSchemaRepository(SqliteConnection reader, SqliteConnection writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /**
     * Stores a new schema.
     *
     * @throws IllegalArgumentException when the project has a schema of that name already
     */
    public LabelSchema create(SchemaDraft draft, boolean shipped) {
        long id = writer.inTransaction(c -> {
            if (find(c, draft.name()).isPresent()) {
                throw new IllegalArgumentException("the project has a schema named '" + draft.name() + "' already");
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO label_schemas (name, title, kind, labels, description, tags, task, shipped, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", PreparedStatement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, draft.name());
                insert.setString(2, draft.title());
                insert.setString(3, draft.kind().name());
                insert.setString(4, JsonLists.write(draft.labels()));
                insert.setString(5, draft.description());
                insert.setString(6, JsonLists.write(draft.tags()));
                insert.setString(7, draft.task());
                insert.setInt(8, shipped ? 1 : 0);
                insert.setLong(9, Instant.now().toEpochMilli());
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    return key.getLong(1);
                }
            }
        });
        return find(id).orElseThrow();
    }

    /** Stores each of these schemas the project does not have yet (by name); existing ones are left as they are. */
    public void ensure(List<SchemaDraft> drafts, boolean shipped) {
        List<String> names = all().stream().map(LabelSchema::name).toList();
        for (SchemaDraft draft : drafts) {
            if (!names.contains(draft.name())) {
                create(draft, shipped);
            }
        }
    }

    public List<LabelSchema> all() {
        return writer.query(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM label_schemas ORDER BY shipped, name");
                 ResultSet row = select.executeQuery()) {
                List<LabelSchema> schemas = new ArrayList<>();
                while (row.next()) {
                    schemas.add(schema(row));
                }
                return schemas;
            }
        });
    }

    public Optional<LabelSchema> find(long id) {
        return writer.query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM label_schemas WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(schema(row)) : Optional.<LabelSchema>empty();
                }
            }
        });
    }

    public Optional<LabelSchema> find(String name) {
        return writer.query(c -> find(c, name));
    }

    /** The schema whose labels a model run of this prediction key answers, if the project has one. */
    public Optional<LabelSchema> forTask(String taskKey) {
        return writer.query(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM label_schemas WHERE task = ? ORDER BY shipped DESC, id LIMIT 1")) {
                select.setString(1, taskKey);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(schema(row)) : Optional.<LabelSchema>empty();
                }
            }
        });
    }

    private static Optional<LabelSchema> find(java.sql.Connection c, String name) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM label_schemas WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(schema(row)) : Optional.empty();
            }
        }
    }

    private static LabelSchema schema(ResultSet row) throws SQLException {
        return new LabelSchema(row.getLong(1), row.getString(2), row.getString(3), SchemaKind.valueOf(row.getString(4)),
                JsonLists.read(row.getString(5)), row.getString(6), JsonLists.read(row.getString(7)), row.getString(8),
                row.getInt(9) == 1);
    }
}
