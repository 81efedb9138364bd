package org.postlens.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.postlens.app.domain.Thumbnail;

/** The thumbnails of stored images; a thumbnail is written once and never changes, as its image never does. */
public final class SqliteThumbnailRepository {

    static final String INSERT = """
            INSERT INTO thumbnails (media_sha256, size, mime, width, height, bytes) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (media_sha256, size) DO NOTHING""";

    private final SqliteConnection reader;
    private final SqliteConnection writer;

    SqliteThumbnailRepository(SqliteConnection reader, SqliteConnection writer) {
        this.reader = reader;
        this.writer = writer;
    }

    public Optional<Thumbnail> find(String mediaSha256, int size) {
        return reader.query(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT mime, width, height, bytes FROM thumbnails WHERE media_sha256 = ? AND size = ?")) {
                statement.setString(1, mediaSha256);
                statement.setInt(2, size);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Thumbnail(mediaSha256, size, row.getString(1), row.getInt(2), row.getInt(3), row.getBytes(4)))
                            : Optional.empty();
                }
            }
        });
    }

    public void save(Thumbnail thumbnail) {
        writer.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement(INSERT)) {
                bind(statement, thumbnail);
                return statement.executeUpdate();
            }
        });
    }

    /** How many images have a thumbnail of this size. */
    public long count(int size) {
        return reader.query(c -> {
            try (PreparedStatement statement = c.prepareStatement("SELECT count(*) FROM thumbnails WHERE size = ?")) {
                statement.setInt(1, size);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    static void bind(PreparedStatement statement, Thumbnail thumbnail) throws SQLException {
        statement.setString(1, thumbnail.mediaSha256());
        statement.setInt(2, thumbnail.size());
        statement.setString(3, thumbnail.mime());
        statement.setInt(4, thumbnail.width());
        statement.setInt(5, thumbnail.height());
        statement.setBytes(6, thumbnail.bytes());
    }
}
