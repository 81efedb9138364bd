package org.postlens.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postlens.app.domain.HashedImage;
import org.postlens.app.domain.ImageFacts;
import org.postlens.app.domain.ImageFingerprint;
import org.postlens.app.domain.ImageMetadata;
import org.postlens.app.domain.StoredImageFacts;

/** What was read from the stored images: metadata and perceptual fingerprints, and which images still need reading. */
public final class SqliteImageRepository {

    /** Images never read, or hashed with another algorithm than the one asked for. */
    private static final String UNREAD = """
            FROM media m
            WHERE NOT EXISTS (SELECT 1 FROM image_metadata i WHERE i.media_sha256 = m.sha256)
               OR EXISTS (SELECT 1 FROM image_hashes h WHERE h.media_sha256 = m.sha256 AND h.algorithm <> ?)""";

    private final SqliteConnection reader;
    private final SqliteConnection writer;

    SqliteImageRepository(SqliteConnection reader, SqliteConnection writer) {
        this.reader = reader;
        this.writer = writer;
    }

    public long countUnread(String algorithm) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT count(*) " + UNREAD)) {
                select.setString(1, algorithm);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** Up to {@code limit} images still to read, with their bytes, in content-hash order. */
    public Map<String, byte[]> unread(String algorithm, int limit) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT m.sha256, m.bytes " + UNREAD + " ORDER BY m.sha256 LIMIT ?")) {
                select.setString(1, algorithm);
                select.setInt(2, limit);
                Map<String, byte[]> images = new LinkedHashMap<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        images.put(row.getString(1), row.getBytes(2));
                    }
                }
                return images;
            }
        });
    }

    /** Stores the facts of several images in one transaction, replacing what was there. */
    public void write(Map<String, ImageFacts> facts) {
        writer.inTransaction(c -> {
            try (ImageFactsWriter out = new ImageFactsWriter(c)) {
                for (Map.Entry<String, ImageFacts> entry : facts.entrySet()) {
                    out.write(entry.getKey(), entry.getValue());
                }
            }
            return null;
        });
    }

    public Optional<StoredImageFacts> find(String sha256) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT i.camera, i.software, i.taken_at, i.gps_lat, i.gps_lon, i.tags, i.problem,
                           EXISTS (SELECT 1 FROM image_hashes h WHERE h.media_sha256 = i.media_sha256)
                    FROM image_metadata i WHERE i.media_sha256 = ?""")) {
                select.setString(1, sha256);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    ImageMetadata metadata = new ImageMetadata(row.getString(1), row.getString(2), row.getString(3),
                            nullableDouble(row, 4), nullableDouble(row, 5), ImageFactsWriter.tags(row.getString(6)));
                    return Optional.of(new StoredImageFacts(sha256, metadata, row.getString(7), row.getBoolean(8)));
                }
            }
        });
    }

    /** Every fingerprint of this algorithm. */
    public List<HashedImage> fingerprints(String algorithm) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT media_sha256, whole, centre FROM image_hashes WHERE algorithm = ? ORDER BY media_sha256")) {
                select.setString(1, algorithm);
                List<HashedImage> images = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        images.add(new HashedImage(row.getString(1), new ImageFingerprint(row.getLong(2), row.getLong(3))));
                    }
                }
                return images;
            }
        });
    }

    public Optional<ImageFingerprint> fingerprint(String sha256, String algorithm) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT whole, centre FROM image_hashes WHERE media_sha256 = ? AND algorithm = ?")) {
                select.setString(1, sha256);
                select.setString(2, algorithm);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(new ImageFingerprint(row.getLong(1), row.getLong(2)))
                            : Optional.<ImageFingerprint>empty();
                }
            }
        });
    }

    /** For each stored image, the ids of the posts that show it, in import order. */
    public Map<String, List<Long>> postsByImage() {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT DISTINCT media_sha256, post_id FROM post_media
                    WHERE media_sha256 IS NOT NULL ORDER BY media_sha256, post_id""")) {
                Map<String, List<Long>> posts = new HashMap<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        posts.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(row.getLong(2));
                    }
                }
                return posts;
            }
        });
    }

    public long countWithGps() {
        return count("SELECT count(*) FROM image_metadata WHERE gps_lat IS NOT NULL");
    }

    public long countWithProblems() {
        return count("SELECT count(*) FROM image_metadata WHERE problem IS NOT NULL");
    }

    private long count(String sql) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement(sql); ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** Cameras, then software, named in the images' metadata, each with how many images name it; most used first. */
    public Map<String, Long> cameras() {
        return counts("camera");
    }

    public Map<String, Long> software() {
        return counts("software");
    }

    private Map<String, Long> counts(String column) {
        return reader.query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + column + ", count(*) FROM image_metadata WHERE "
                    + column + " IS NOT NULL GROUP BY " + column + " ORDER BY count(*) DESC, " + column)) {
                Map<String, Long> counts = new LinkedHashMap<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        counts.put(row.getString(1), row.getLong(2));
                    }
                }
                return counts;
            }
        });
    }

    private static Double nullableDouble(ResultSet row, int column) throws java.sql.SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
