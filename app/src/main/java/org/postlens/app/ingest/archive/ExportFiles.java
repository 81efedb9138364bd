package org.postlens.app.ingest.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The files of a platform export, read in place from its folder or from its zip: nothing is extracted to disk.
 * Names are relative, with {@code /} separators; a name that would leave the export is refused.
 */
public interface ExportFiles extends AutoCloseable {

    /** Every file's name (not folders). */
    List<String> names();

    boolean exists(String name) throws UnsafeArchiveException;

    /** The file's bytes as a stream; closing it is the caller's job. */
    InputStream open(String name) throws IOException;

    /** The file's size in bytes, or -1 when not known. */
    long size(String name) throws IOException;

    /** Where the files come from, for messages and for the import history. */
    Path location();

    @Override
    void close() throws IOException;

    /** A folder, or a {@code .zip} file read with the default {@link ArchiveLimits}. */
    static ExportFiles open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return new FolderFiles(path);
        }
        if (isZip(path)) {
            return ZipFiles.open(path, ArchiveLimits.defaults());
        }
        throw new IOException(path + " is neither a folder nor a zip archive");
    }

    /** The files of a folder, e.g. the one beside a {@code result.json} that was picked on its own. */
    static ExportFiles folder(Path folder) throws IOException {
        return new FolderFiles(folder);
    }

    static boolean isZip(Path path) {
        return Files.isRegularFile(path)
                && String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT).endsWith(".zip");
    }
}
