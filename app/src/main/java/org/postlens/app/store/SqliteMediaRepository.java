package org.postlens.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.postlens.app.domain.Media;

/** Reads the images stored in a project, by content hash. */
public final class SqliteMediaRepository {

    private final SqliteConnection connection;

    SqliteMediaRepository(SqliteConnection connection) {
        this.connection = connection;
    }

    /** The first image of a post that is stored in the project (not only known by its URL). */
    public Optional<String> firstStoredImage(long postId) {
        return connection.query(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT media_sha256 FROM post_media WHERE post_id = ? AND media_sha256 IS NOT NULL ORDER BY position LIMIT 1")) {
                statement.setLong(1, postId);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public Optional<Media> find(String sha256) {
        return connection.query(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT sha256, mime, size_bytes, width, height, bytes FROM media WHERE sha256 = ?")) {
                statement.setString(1, sha256);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    Long width = SqlitePostRepository.nullableLong(row, 4);
                    Long height = SqlitePostRepository.nullableLong(row, 5);
                    return Optional.of(new Media(row.getString(1), row.getString(2), row.getLong(3),
                            width == null ? null : width.intValue(), height == null ? null : height.intValue(),
                            row.getBytes(6)));
                }
            }
        });
    }
}
