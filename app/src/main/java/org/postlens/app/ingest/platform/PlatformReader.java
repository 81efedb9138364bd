package org.postlens.app.ingest.platform;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.postlens.app.ingest.archive.ExportFiles;

/**
 * Reads the posts of one platform export, one {@link PlatformItem} at a time, numbering records from 1 in the
 * order of the export. A record that cannot be read is yielded as {@link PlatformItem.Bad} and reading goes on;
 * I/O failures and refused archives surface as {@link java.io.UncheckedIOException}.
 */
public interface PlatformReader extends Iterator<PlatformItem>, AutoCloseable {

    PlatformFormat format();

    /** The files that hold the posts (not the media), which identify the import; names inside {@link #files()}. */
    List<String> postFiles();

    /** The export's files, where its media are read from. */
    ExportFiles files();

    /** Roughly how many records the export holds, for progress; -1 when unknown. */
    long estimatedRecords();

    @Override
    void close() throws IOException;
}
