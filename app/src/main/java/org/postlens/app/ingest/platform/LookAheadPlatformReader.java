package org.postlens.app.ingest.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/** A platform reader that reads one item ahead, so that {@link #hasNext()} can say whether another follows. */
abstract class LookAheadPlatformReader implements PlatformReader {

    private PlatformItem pending;

    /** The next item of the export, or null at its end. */
    protected abstract PlatformItem readNext() throws IOException;

    @Override
    public final boolean hasNext() {
        if (pending == null) {
            try {
                pending = readNext();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pending != null;
    }

    @Override
    public final PlatformItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        PlatformItem item = pending;
        pending = null;
        return item;
    }
}
