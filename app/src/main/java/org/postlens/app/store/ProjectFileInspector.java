package org.postlens.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.postlens.app.store.ProjectFileException.Reason;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Decides, without writing a byte, whether a file is a Postlens project this build can open, so that a wrong,
 * damaged or newer file is refused before anything could change it.
 */
final class ProjectFileInspector {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ProjectFileInspector() {
    }

    /** @return the file's schema version (always ≥ 1 and ≤ the latest this build knows) */
    static int inspect(Path file) throws ProjectFileException {
        if (!Files.isRegularFile(file)) {
            throw new ProjectFileException(Reason.NOT_FOUND, file, "No project file at " + file + ".");
        }
        checkHeader(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = DriverManager.getConnection(inspectionUrl(file), config.toProperties());
             Statement sql = connection.createStatement()) {
            int applicationId = intPragma(sql, "application_id");
            if (applicationId != Migrations.APPLICATION_ID) {
                throw new ProjectFileException(Reason.NOT_A_PROJECT, file, file.getFileName()
                        + " is an SQLite database, but not a Postlens project. It was left unchanged.");
            }
            int version = intPragma(sql, "user_version");
            if (version > Migrations.LATEST_VERSION) {
                throw new ProjectFileException(Reason.NEWER_VERSION, file, file.getFileName()
                        + " was written by a newer version of Postlens (project format " + version
                        + "; this version reads up to " + Migrations.LATEST_VERSION
                        + "). Update Postlens to open it. The file was left unchanged.");
            }
            if (version < 1) {
                throw new ProjectFileException(Reason.CORRUPT, file, file.getFileName()
                        + " is marked as a Postlens project but has no schema; it may be damaged.");
            }
            // Touch the schema and a table: a damaged header or schema page fails here, not later in the UI.
            try (ResultSet tables = sql.executeQuery("SELECT count(*) FROM sqlite_master")) {
                tables.next();
            }
            try (ResultSet meta = sql.executeQuery("SELECT count(*) FROM project_meta")) {
                meta.next();
            }
            return version;
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /**
     * Without a write-ahead log beside it, the file is opened as immutable so that not even the -wal and -shm
     * companions are created; with one, its committed pages must be read, so it is opened read-only.
     */
    private static String inspectionUrl(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        if (Files.exists(wal)) {
            return "jdbc:sqlite:" + file;
        }
        return "jdbc:sqlite:file:" + file.toUri().getRawPath() + "?immutable=1";
    }

    private static void checkHeader(Path file) throws ProjectFileException {
        byte[] header = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new ProjectFileException(Reason.IO, file, "Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
            throw new ProjectFileException(Reason.NOT_A_PROJECT, file, file.getFileName()
                    + " is not a Postlens project (it is not an SQLite database). It was left unchanged.");
        }
    }

    private static int intPragma(Statement sql, String pragma) throws SQLException {
        try (ResultSet result = sql.executeQuery("PRAGMA " + pragma)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    static ProjectFileException translate(Path file, SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB
                    || code.name().startsWith("SQLITE_CORRUPT")) {
                return new ProjectFileException(Reason.CORRUPT, file, file.getFileName()
                        + " is damaged (" + code.message + "). Postlens did not change it; restore it from a backup.", e);
            }
            if (code == SQLiteErrorCode.SQLITE_BUSY || code.name().startsWith("SQLITE_BUSY")
                    || code == SQLiteErrorCode.SQLITE_LOCKED) {
                return new ProjectFileException(Reason.LOCKED, file, file.getFileName()
                        + " is locked by another program. Close it there and try again.", e);
            }
        }
        if (e.getMessage() != null && e.getMessage().contains("no such table")) {
            return new ProjectFileException(Reason.CORRUPT, file, file.getFileName()
                    + " is marked as a Postlens project but its tables are missing; it may be damaged.", e);
        }
        return new ProjectFileException(Reason.IO, file, "Cannot open " + file.getFileName() + ": " + e.getMessage(), e);
    }
}
