package org.postlens.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.postlens.app.domain.ImageFacts;
import org.postlens.app.domain.ImageMetadata;

/** Writes an image's facts inside the caller's transaction; the statements are prepared once per transaction. */
final class ImageFactsWriter implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PreparedStatement metadata;
    private final PreparedStatement hash;
    private final PreparedStatement noHash;

    ImageFactsWriter(Connection connection) throws SQLException {
        metadata = connection.prepareStatement("""
                INSERT OR REPLACE INTO image_metadata (media_sha256, camera, software, taken_at, gps_lat, gps_lon, tags, problem)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
        hash = connection.prepareStatement(
                "INSERT OR REPLACE INTO image_hashes (media_sha256, algorithm, whole, centre) VALUES (?, ?, ?, ?)");
        noHash = connection.prepareStatement("DELETE FROM image_hashes WHERE media_sha256 = ?");
    }

    void write(String sha256, ImageFacts facts) throws SQLException {
        ImageMetadata read = facts.metadata() == null ? ImageMetadata.NONE : facts.metadata();
        metadata.setString(1, sha256);
        metadata.setString(2, read.camera());
        metadata.setString(3, read.software());
        metadata.setString(4, read.takenAt());
        setDouble(metadata, 5, read.latitude());
        setDouble(metadata, 6, read.longitude());
        metadata.setString(7, tagsJson(read.tags()));
        metadata.setString(8, facts.problem());
        metadata.executeUpdate();
        if (facts.fingerprint() != null) {
            hash.setString(1, sha256);
            hash.setString(2, facts.hashAlgorithm());
            hash.setLong(3, facts.fingerprint().whole());
            hash.setLong(4, facts.fingerprint().centre());
            hash.executeUpdate();
        } else {
            // An older hash of an image that no longer decodes would be read again on every back-fill.
            noHash.setString(1, sha256);
            noHash.executeUpdate();
        }
    }

    static String tagsJson(List<ImageMetadata.Tag> tags) {
        List<List<String>> rows = new ArrayList<>(tags.size());
        for (ImageMetadata.Tag tag : tags) {
            rows.add(List.of(tag.directory(), tag.name(), tag.value()));
        }
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings always serialise", e);
        }
    }

    static List<ImageMetadata.Tag> tags(String json) {
        try {
            List<ImageMetadata.Tag> tags = new ArrayList<>();
            for (var row : JSON.readTree(json)) {
                tags.add(new ImageMetadata.Tag(row.get(0).asText(), row.get(1).asText(), row.get(2).asText()));
            }
            return tags;
        } catch (JsonProcessingException e) {
            return List.of(new ImageMetadata.Tag("Postlens", "Tags", "not readable: " + e.getOriginalMessage()));
        }
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.REAL);
        } else {
            statement.setDouble(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        try (metadata; hash; noHash) {
            // closes both
        }
    }
}
