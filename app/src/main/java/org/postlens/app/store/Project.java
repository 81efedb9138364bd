package org.postlens.app.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.postlens.app.store.ProjectFileException.Reason;
import org.sqlite.SQLiteConfig;

/**
 * An open project file: one SQLite database in WAL mode holding posts, accounts, media and import history.
 * Reads go through their own connection so that the table stays responsive while an import writes.
 */
public final class Project implements AutoCloseable {

    private final Path file;
    private final SqliteConnection writer;
    private final SqliteConnection reader;
    private final SqlitePostRepository posts;
    private final SqliteMediaRepository media;
    private final SqliteImportRepository imports;
    private final SqliteAccountRepository accounts;
    private final SqliteRunRepository runs;
    private final SqliteEmbeddingRepository embeddings;
    private final SqlitePostLinkRepository links;
    private final SqliteLanguageRepository languages;
    private final SqlitePredictionRepository predictions;
    private final SqliteThumbnailRepository thumbnails;
    private final SqliteImageRepository images;
    private final SqliteImageTextRepository imageTexts;
    private final SqliteLabelSchemaRepository labelSchemas;
    private final SqliteAnnotationRepository annotations;
    private final SqliteLabelSuggestionRepository labelSuggestions;
    private final SqliteSavedFilterRepository savedFilters;
    private final SqliteActiveLearningRepository activeLearning;

    private Project(Path file, Connection writeConnection, Connection readConnection) {
        this.file = file;
        this.writer = new SqliteConnection(writeConnection);
        this.reader = new SqliteConnection(readConnection);
        this.posts = new SqlitePostRepository(reader);
        this.media = new SqliteMediaRepository(reader);
        this.imports = new SqliteImportRepository(reader, writer);
        this.accounts = new SqliteAccountRepository(reader);
        this.runs = new SqliteRunRepository(reader, writer);
        this.embeddings = new SqliteEmbeddingRepository(reader, writer);
        this.links = new SqlitePostLinkRepository(reader);
        this.languages = new SqliteLanguageRepository(reader, writer);
        this.predictions = new SqlitePredictionRepository(reader, writer);
        this.thumbnails = new SqliteThumbnailRepository(reader, writer);
        this.images = new SqliteImageRepository(reader, writer);
        this.imageTexts = new SqliteImageTextRepository(reader, writer);
        this.labelSchemas = new SqliteLabelSchemaRepository(reader, writer);
        this.annotations = new SqliteAnnotationRepository(reader, writer);
        this.labelSuggestions = new SqliteLabelSuggestionRepository(writer);
        this.savedFilters = new SqliteSavedFilterRepository(writer);
        this.activeLearning = new SqliteActiveLearningRepository(reader, writer);
    }

    /** Creates a new, empty project; refuses to overwrite an existing file. */
    public static Project create(Path file) throws ProjectFileException {
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new ProjectFileException(Reason.ALREADY_EXISTS, absolute, absolute.getFileName() + " already exists.");
        }
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection connection = connect(absolute, false);
            try {
                migrate(connection, 0);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                Files.deleteIfExists(absolute);
                throw e;
            }
            return new Project(absolute, connection, connect(absolute, true));
        } catch (SQLException | java.io.IOException e) {
            throw new ProjectFileException(Reason.IO, absolute, "Cannot create " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing project, upgrading an older schema; refuses files that are not projects, damaged or newer. */
    public static Project open(Path file) throws ProjectFileException {
        Path absolute = file.toAbsolutePath();
        int version = ProjectFileInspector.inspect(absolute);
        try {
            Connection connection = connect(absolute, false);
            try {
                migrate(connection, version);
                finishInterruptedBulkLoad(connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return new Project(absolute, connection, connect(absolute, true));
        } catch (SQLException e) {
            throw ProjectFileInspector.translate(absolute, e);
        }
    }

    /** An import killed during a bulk load left the posts' indexes dropped: build them now, in one transaction. */
    private static void finishInterruptedBulkLoad(Connection connection) throws SQLException {
        if (!PostIndexes.bulkLoadLeftUnfinished(connection)) {
            return;
        }
        connection.setAutoCommit(false);
        try {
            PostIndexes.rebuildAfterBulkLoad(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    public static Project openOrCreate(Path file) throws ProjectFileException {
        return Files.exists(file) ? open(file) : create(file);
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file, connectionSettings(readOnly));
    }

    /** The settings of every project connection; public so that the import bench's baseline uses the same. */
    public static java.util.Properties connectionSettings(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL in WAL mode never corrupts the file; a power cut can lose only the last commits.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // The writer's cache holds the index pages an import batch touches; reads need far less.
        config.setCacheSize(readOnly ? -64_000 : -256_000);
        config.setReadOnly(readOnly);
        if (!readOnly) {
            // Take the write lock when a transaction starts, so a batch never fails half-way on a busy upgrade.
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        return config.toProperties();
    }

    private static void migrate(Connection connection, int fromVersion) throws SQLException {
        if (fromVersion >= Migrations.LATEST_VERSION) {
            return;
        }
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            for (Migration migration : Migrations.ALL) {
                if (migration.version() > fromVersion) {
                    migration.apply(connection);
                }
            }
            sql.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            sql.execute("PRAGMA user_version = " + Migrations.LATEST_VERSION);
            try (PreparedStatement meta = connection.prepareStatement(
                    "INSERT OR IGNORE INTO project_meta (key, value) VALUES (?, ?)")) {
                meta.setString(1, "created_at");
                meta.setString(2, Instant.now().toString());
                meta.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    public Path file() {
        return file;
    }

    /** The name a user sees: the file name without ".postlens". */
    public String name() {
        String name = file.getFileName().toString();
        return name.endsWith(".postlens") ? name.substring(0, name.length() - ".postlens".length()) : name;
    }

    public SqlitePostRepository posts() {
        return posts;
    }

    public SqliteMediaRepository media() {
        return media;
    }

    public SqliteImportRepository imports() {
        return imports;
    }

    public SqliteAccountRepository accounts() {
        return accounts;
    }

    public SqlitePostLinkRepository links() {
        return links;
    }

    public SqliteThumbnailRepository thumbnails() {
        return thumbnails;
    }

    public SqliteRunRepository runs() {
        return runs;
    }

    public SqliteEmbeddingRepository embeddings() {
        return embeddings;
    }

    public SqliteLanguageRepository languages() {
        return languages;
    }

    public SqlitePredictionRepository predictions() {
        return predictions;
    }

    /** Metadata and perceptual fingerprints of the stored images. */
    public SqliteImageRepository images() {
        return images;
    }

    public SqliteImageTextRepository imageTexts() {
        return imageTexts;
    }

    public SqliteLabelSchemaRepository labelSchemas() {
        return labelSchemas;
    }

    /** Human annotations, append-only, with each annotator's standing judgement. */
    public SqliteAnnotationRepository annotations() {
        return annotations;
    }

    /** Labels suggested from near-duplicates, waiting for a person to accept or reject them. */
    public SqliteLabelSuggestionRepository labelSuggestions() {
        return labelSuggestions;
    }

    /** Searches and filters of the posts table saved by name, for labelling queues to follow. */
    public SqliteSavedFilterRepository savedFilters() {
        return savedFilters;
    }

    /** Labelled posts' texts and vectors, and active-learning predictions with their uncertainty. */
    public SqliteActiveLearningRepository activeLearning() {
        return activeLearning;
    }

    public ProjectStats stats() {
        return reader.query(connection -> {
            try (Statement sql = connection.createStatement();
                 ResultSet row = sql.executeQuery("""
                         SELECT (SELECT count(*) FROM posts),
                                (SELECT count(*) FROM media),
                                (SELECT count(*) FROM accounts),
                                (SELECT count(*) FROM import_problems WHERE severity = 'REJECTED'),
                                (SELECT count(*) FROM import_problems WHERE severity = 'WARNING'),
                                (SELECT count(*) FROM import_sources)""")) {
                row.next();
                return new ProjectStats(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                        row.getLong(5), row.getLong(6));
            }
        });
    }

    /** Version of the project format this build writes. */
    public static int formatVersion() {
        return Migrations.LATEST_VERSION;
    }

    @Override
    public void close() {
        reader.close();
        writer.close();
    }
}
