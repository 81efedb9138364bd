package org.postlens.app.ingest;

import java.util.Iterator;
import java.util.List;

/**
 * Reads the records of one import file, one {@link ReadItem} at a time. A record that cannot be read is yielded as
 * {@link ReadItem.Bad} and reading goes on; I/O failures surface as {@link java.io.UncheckedIOException}.
 */
public interface RecordReader extends Iterator<ReadItem>, AutoCloseable {

    /**
     * Column names in file order: the CSV header, or for JSON the union of the flattened keys of the records read
     * so far (readers read a sample ahead on open, so this is useful before the first {@link #next()}).
     */
    List<String> columns();

    @Override
    void close();
}
