package org.postlens.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.ImportStatus;
import org.postlens.app.domain.PostDraft;

/**
 * Import history and the import write path. Each {@link ImportBatch} is one transaction that stores posts,
 * their accounts, images and search index entries, the batch's problems and the file position reached, so an
 * interrupted import resumes exactly where its last batch ended.
 */
public final class SqliteImportRepository {

    private static final int ACCOUNT_CACHE_SIZE = 100_000;

    private final SqliteConnection reader;
    private final SqliteConnection writer;
    private final Map<String, Long> accountIds = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > ACCOUNT_CACHE_SIZE;
        }
    };

    SqliteImportRepository(SqliteConnection reader, SqliteConnection writer) {
        this.reader = reader;
        this.writer = writer;
    }

    public List<ImportSource> sources() {
        return reader.query(c -> {
            try (Statement sql = c.createStatement();
                 ResultSet rows = sql.executeQuery(SELECT_SOURCE + " ORDER BY id")) {
                List<ImportSource> sources = new ArrayList<>();
                while (rows.next()) {
                    sources.add(source(rows));
                }
                return sources;
            }
        });
    }

    public Optional<ImportSource> findBySha256(String sha256) {
        return writer.query(c -> findBySha256(c, sha256));
    }

    /** Problems of one import ({@code importSourceId}) or of all, in file order. */
    public List<ImportProblem> problems(Long importSourceId, long offset, int limit) {
        String where = importSourceId == null ? "" : " WHERE import_source_id = ?";
        return reader.query(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT severity, file, record_number, line, reason, excerpt FROM import_problems" + where
                            + " ORDER BY import_source_id, record_number, id LIMIT ? OFFSET ?")) {
                int position = 1;
                if (importSourceId != null) {
                    statement.setLong(position++, importSourceId);
                }
                statement.setInt(position++, limit);
                statement.setLong(position, offset);
                List<ImportProblem> problems = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        problems.add(new ImportProblem(ImportProblem.Severity.valueOf(row.getString(1)),
                                row.getString(2), row.getLong(3), row.getLong(4), row.getString(5), row.getString(6)));
                    }
                }
                return problems;
            }
        });
    }

    public long problemCount(Long importSourceId) {
        String where = importSourceId == null ? "" : " WHERE import_source_id = ?";
        return reader.query(c -> {
            try (PreparedStatement statement = c.prepareStatement("SELECT count(*) FROM import_problems" + where)) {
                if (importSourceId != null) {
                    statement.setLong(1, importSourceId);
                }
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /**
     * Registers an import of the file with this content hash, or returns the earlier one with the same content
     * (complete: nothing to do; running or cancelled: resume after its {@code recordsDone}).
     */
    public ImportSource begin(String path, String fileName, String sha256, String format, String mappingJson) {
        return writer.inTransaction(c -> {
            Optional<ImportSource> existing = findBySha256(c, sha256);
            if (existing.isPresent()) {
                if (existing.get().status() != ImportStatus.COMPLETE) {
                    try (PreparedStatement update = c.prepareStatement(
                            "UPDATE import_sources SET status = 'RUNNING', finished_at = NULL WHERE id = ?")) {
                        update.setLong(1, existing.get().id());
                        update.executeUpdate();
                    }
                    return findBySha256(c, sha256).orElseThrow();
                }
                return existing.get();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO import_sources (path, file_name, sha256, format, mapping_json, status, started_at)
                    VALUES (?, ?, ?, ?, ?, 'RUNNING', ?)""")) {
                insert.setString(1, path);
                insert.setString(2, fileName);
                insert.setString(3, sha256);
                insert.setString(4, format);
                insert.setString(5, mappingJson);
                insert.setLong(6, Instant.now().toEpochMilli());
                insert.executeUpdate();
            }
            return findBySha256(c, sha256).orElseThrow();
        });
    }

    public void finish(long importSourceId, ImportStatus status) {
        writer.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE import_sources SET status = ?, finished_at = ? WHERE id = ?")) {
                update.setString(1, status.name());
                update.setLong(2, Instant.now().toEpochMilli());
                update.setLong(3, importSourceId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Readies the project for an import that adds more posts than it holds: the posts' secondary indexes are dropped
     * and full-text segment merging paused, to be rebuilt once by {@link #endBulkLoad} (call it however the import
     * ends; after a crash, opening the project rebuilds them). Searching and sorting still work meanwhile, slower.
     */
    public void beginBulkLoad() {
        writer.inTransaction(c -> {
            PostIndexes.dropForBulkLoad(c);
            return null;
        });
    }

    /** Builds the indexes a {@link #beginBulkLoad} dropped, and merges the full-text index's segments. */
    public void endBulkLoad() {
        writer.inTransaction(c -> {
            PostIndexes.rebuildAfterBulkLoad(c);
            return null;
        });
    }

    /** Stores one batch in one transaction; a failure leaves the project as it was before the batch. */
    public ImportBatch.Result write(ImportBatch batch) {
        Map<String, Long> newAccounts = new HashMap<>();
        ImportBatch.Result result = writer.inTransaction(c -> new BatchWriter(c, newAccounts).write(batch));
        synchronized (accountIds) {
            accountIds.putAll(newAccounts);
        }
        return result;
    }

    /** The statements of one batch, prepared once and reused for each of its posts. */
    private final class BatchWriter {

        private final Connection connection;
        private final Map<String, Long> newAccounts;
        private long nextPostId;
        private long nextAccountId;

        BatchWriter(Connection connection, Map<String, Long> newAccounts) {
            this.connection = connection;
            this.newAccounts = newAccounts;
        }

        ImportBatch.Result write(ImportBatch batch) throws SQLException {
            nextPostId = maxId("posts") + 1;
            nextAccountId = maxId("accounts") + 1;
            long added = 0;
            long duplicates = 0;
            try (PreparedStatement post = connection.prepareStatement("""
                         INSERT INTO posts (id, platform, source_id, text, created_at, account_id, url, likes, shares,
                                            replies, views, lang, lang_source, has_image, import_source_id,
                                            source_record, raw)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                         ON CONFLICT (platform, source_id) DO NOTHING""");
                 PreparedStatement index = connection.prepareStatement(
                         "INSERT INTO posts_fts (rowid, body) VALUES (?, ?)");
                 PreparedStatement media = connection.prepareStatement("""
                         INSERT INTO media (sha256, mime, size_bytes, width, height, bytes) VALUES (?, ?, ?, ?, ?, ?)
                         ON CONFLICT (sha256) DO NOTHING""");
                 PreparedStatement thumbnails = connection.prepareStatement(SqliteThumbnailRepository.INSERT);
                 PreparedStatement postMedia = connection.prepareStatement(
                         "INSERT INTO post_media (post_id, position, media_sha256, url, original_name) VALUES (?, ?, ?, ?, ?)");
                 ImageFactsWriter facts = new ImageFactsWriter(connection);
                 PreparedStatement findAccount = connection.prepareStatement(
                         "SELECT id FROM accounts WHERE platform = ? AND handle = ?");
                 PreparedStatement insertAccount = connection.prepareStatement(
                         "INSERT INTO accounts (id, platform, handle, display_name) VALUES (?, ?, ?, ?)");
                 PostLinkWriter links = new PostLinkWriter(connection)) {
                for (ImportBatch.NewPost newPost : batch.posts()) {
                    PostDraft draft = newPost.draft();
                    long id = nextPostId;
                    bindPost(post, id, draft, accountId(findAccount, insertAccount, newPost), newPost,
                            batch.importSourceId());
                    if (post.executeUpdate() == 0) {
                        duplicates++;
                        continue;
                    }
                    nextPostId++;
                    added++;
                    String body = newPost.searchBody();
                    if (!body.isBlank()) {
                        index.setLong(1, id);
                        index.setString(2, body);
                        index.executeUpdate();
                    }
                    writeAttachments(media, thumbnails, postMedia, facts, id, newPost.attachments());
                    links.write(id, draft, newPost.links());
                }
            }
            writeProblems(batch);
            updateSource(batch, added, duplicates);
            return new ImportBatch.Result(added, duplicates);
        }

        private long maxId(String table) throws SQLException {
            try (Statement sql = connection.createStatement();
                 ResultSet row = sql.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
                row.next();
                return row.getLong(1);
            }
        }

        private void bindPost(PreparedStatement post, long id, PostDraft draft, Long accountId,
                              ImportBatch.NewPost newPost, long importSourceId) throws SQLException {
            post.setLong(1, id);
            post.setString(2, draft.platform());
            post.setString(3, draft.sourceId());
            post.setString(4, draft.text());
            setLong(post, 5, draft.createdAt() == null ? null : draft.createdAt().toEpochMilli());
            setLong(post, 6, accountId);
            post.setString(7, draft.url());
            setLong(post, 8, draft.likes());
            setLong(post, 9, draft.shares());
            setLong(post, 10, draft.replies());
            setLong(post, 11, draft.views());
            post.setString(12, draft.lang());
            post.setString(13, draft.langSource() == null ? null : draft.langSource().storedValue());
            post.setInt(14, newPost.attachments().stream().anyMatch(a -> a.media() != null) ? 1 : 0);
            post.setLong(15, importSourceId);
            post.setLong(16, draft.recordNumber());
            post.setString(17, draft.raw());
        }

        private Long accountId(PreparedStatement find, PreparedStatement insert, ImportBatch.NewPost newPost)
                throws SQLException {
            PostDraft draft = newPost.draft();
            String handle = draft.author();
            if (handle == null || handle.isBlank()) {
                return null;
            }
            String key = draft.platform() + '\u0000' + handle;
            Long id = newAccounts.get(key);
            if (id == null) {
                synchronized (accountIds) {
                    id = accountIds.get(key);
                }
            }
            if (id != null) {
                return id;
            }
            find.setString(1, draft.platform());
            find.setString(2, handle);
            try (ResultSet row = find.executeQuery()) {
                if (row.next()) {
                    id = row.getLong(1);
                }
            }
            if (id == null) {
                id = nextAccountId++;
                insert.setLong(1, id);
                insert.setString(2, draft.platform());
                insert.setString(3, handle);
                insert.setString(4, newPost.authorName());
                insert.executeUpdate();
            } else if (newPost.authorName() != null) {
                nameAccount(id, newPost.authorName());
            }
            newAccounts.put(key, id);
            return id;
        }

        /** An account first seen without its display name gets the one a later export gives. */
        private void nameAccount(long id, String displayName) throws SQLException {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE accounts SET display_name = ? WHERE id = ? AND display_name IS NULL")) {
                update.setString(1, displayName);
                update.setLong(2, id);
                update.executeUpdate();
            }
        }

        private void writeAttachments(PreparedStatement media, PreparedStatement thumbnails, PreparedStatement postMedia,
                                      ImageFactsWriter facts, long postId, List<ImportBatch.Attachment> attachments) throws SQLException {
            int position = 0;
            for (ImportBatch.Attachment attachment : attachments) {
                if (attachment.media() != null) {
                    var image = attachment.media();
                    media.setString(1, image.sha256());
                    media.setString(2, image.mime());
                    media.setLong(3, image.sizeBytes());
                    setLong(media, 4, image.width() == null ? null : image.width().longValue());
                    setLong(media, 5, image.height() == null ? null : image.height().longValue());
                    media.setBytes(6, image.bytes());
                    if (media.executeUpdate() > 0 && attachment.facts() != null) {
                        facts.write(image.sha256(), attachment.facts());
                    }
                    if (attachment.thumbnail() != null) {
                        SqliteThumbnailRepository.bind(thumbnails, attachment.thumbnail());
                        thumbnails.executeUpdate();
                    }
                }
                postMedia.setLong(1, postId);
                postMedia.setInt(2, position++);
                postMedia.setString(3, attachment.media() == null ? null : attachment.media().sha256());
                postMedia.setString(4, attachment.url());
                postMedia.setString(5, attachment.originalName());
                postMedia.executeUpdate();
            }
        }

        private void writeProblems(ImportBatch batch) throws SQLException {
            if (batch.problems().isEmpty()) {
                return;
            }
            try (PreparedStatement problem = connection.prepareStatement("""
                    INSERT INTO import_problems (import_source_id, severity, file, record_number, line, reason, excerpt)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                for (ImportProblem p : batch.problems()) {
                    problem.setLong(1, batch.importSourceId());
                    problem.setString(2, p.severity().name());
                    problem.setString(3, p.file());
                    problem.setLong(4, p.recordNumber());
                    problem.setLong(5, p.line());
                    problem.setString(6, p.reason());
                    problem.setString(7, p.excerpt() == null ? "" : p.excerpt());
                    problem.executeUpdate();
                }
            }
        }

        private void updateSource(ImportBatch batch, long added, long duplicates) throws SQLException {
            long rejected = batch.problems().stream().filter(p -> p.severity() == ImportProblem.Severity.REJECTED).count();
            long warnings = batch.problems().size() - rejected;
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE import_sources SET records_done = ?, posts_added = posts_added + ?,
                      duplicates = duplicates + ?, rejected = rejected + ?, warnings = warnings + ? WHERE id = ?""")) {
                update.setLong(1, batch.recordsDone());
                update.setLong(2, added);
                update.setLong(3, duplicates);
                update.setLong(4, rejected);
                update.setLong(5, warnings);
                update.setLong(6, batch.importSourceId());
                update.executeUpdate();
            }
        }
    }

    private static void setLong(PreparedStatement statement, int position, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(position, Types.INTEGER);
        } else {
            statement.setLong(position, value);
        }
    }

    private static final String SELECT_SOURCE = """
            SELECT id, path, file_name, sha256, format, status, records_done, posts_added, duplicates, rejected,
                   warnings, started_at, finished_at FROM import_sources""";

    private static Optional<ImportSource> findBySha256(Connection c, String sha256) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(SELECT_SOURCE + " WHERE sha256 = ?")) {
            statement.setString(1, sha256);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(source(row)) : Optional.empty();
            }
        }
    }

    private static ImportSource source(ResultSet row) throws SQLException {
        return new ImportSource(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), ImportStatus.valueOf(row.getString(6)), row.getLong(7), row.getLong(8),
                row.getLong(9), row.getLong(10), row.getLong(11), SqlitePostRepository.instant(row, 12),
                SqlitePostRepository.instant(row, 13));
    }
}
