package org.postlens.app.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A reader for formats without a header: it reads a sample of records ahead so that {@link #columns()} is useful
 * right after opening, and keeps widening the columns with every record read.
 */
abstract class SampledRecordReader implements RecordReader {

    static final int SAMPLE_SIZE = 50;

    private final Deque<ReadItem> ahead = new ArrayDeque<>();
    private final Set<String> columns = new LinkedHashSet<>();
    private boolean finished;

    /** Subclasses call this at the end of their constructor. */
    protected final void readSample() throws IOException {
        while (ahead.size() < SAMPLE_SIZE && readAhead()) {
            // keep reading
        }
    }

    /** The next item, or {@code null} when there are no more. */
    protected abstract ReadItem readNext() throws IOException;

    private boolean readAhead() throws IOException {
        if (finished) {
            return false;
        }
        ReadItem item = readNext();
        if (item == null) {
            finished = true;
            return false;
        }
        if (item instanceof ReadItem.Ok ok) {
            columns.addAll(ok.record().fields().keySet());
        }
        ahead.addLast(item);
        return true;
    }

    @Override
    public List<String> columns() {
        return List.copyOf(columns);
    }

    @Override
    public boolean hasNext() {
        if (ahead.isEmpty()) {
            try {
                readAhead();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return !ahead.isEmpty();
    }

    @Override
    public ReadItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ahead.removeFirst();
    }
}
