package org.postlens.app.ingest.archive;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip archive read in place through its table of contents. Opening checks every entry before anything is read:
 * names that would escape the archive, more entries than allowed, too large a total size, a suspicious
 * compression ratio; a truncated or damaged archive is refused. Reading an entry stops at its declared size, so
 * an archive that lies about its sizes cannot unfold further.
 */
public final class ZipFiles implements ExportFiles {

    private final Path path;
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;

    private ZipFiles(Path path, ZipFile zip, Map<String, ZipEntry> entries) {
        this.path = path;
        this.zip = zip;
        this.entries = entries;
    }

    public static ZipFiles open(Path path, ArchiveLimits limits) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new UnsafeArchiveException("the archive is truncated or damaged: it is not a complete zip archive ("
                    + e.getMessage() + ")", e);
        }
        try {
            return new ZipFiles(path, zip, checkedEntries(zip, limits));
        } catch (IOException | RuntimeException e) {
            zip.close();
            if (e instanceof IOException io) {
                throw io;
            }
            throw new UnsafeArchiveException("the archive is damaged: " + e.getMessage(), e);
        }
    }

    private static Map<String, ZipEntry> checkedEntries(ZipFile zip, ArchiveLimits limits)
            throws UnsafeArchiveException {
        Map<String, ZipEntry> checked = new LinkedHashMap<>();
        long total = 0;
        int count = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (++count > limits.maxEntries()) {
                throw new UnsafeArchiveException(String.format("the archive holds more than %,d entries; refused as a"
                        + " possible zip bomb", limits.maxEntries()));
            }
            String name = EntryNames.checked(entry.getName());
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size < 0) {
                throw new UnsafeArchiveException("entry '" + name + "' does not declare its size; refused");
            }
            total += size;
            if (total > limits.maxTotalBytes()) {
                throw new UnsafeArchiveException(String.format("the archive would unpack to more than %,d bytes; refused"
                        + " as a possible zip bomb", limits.maxTotalBytes()));
            }
            if (size >= limits.ratioCheckBytes() && compressed >= 0
                    && size > limits.maxRatio() * Math.max(1, compressed)) {
                throw new UnsafeArchiveException(String.format("entry '%s' is compressed %,.0f times (%,d bytes"
                        + " from %,d); more than %,.0f times is refused as a possible zip bomb", name,
                        size / (double) Math.max(1, compressed), size, compressed, limits.maxRatio()));
            }
            if (!entry.isDirectory()) {
                checked.put(name, entry);
            }
        }
        return Collections.unmodifiableMap(checked);
    }

    @Override
    public List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    @Override
    public boolean exists(String name) throws UnsafeArchiveException {
        return entries.containsKey(EntryNames.checked(name));
    }

    @Override
    public InputStream open(String name) throws IOException {
        ZipEntry entry = entries.get(EntryNames.checked(name));
        if (entry == null) {
            throw new java.nio.file.NoSuchFileException(name, null, "not in " + path.getFileName());
        }
        return new DeclaredSizeInputStream(zip.getInputStream(entry), entry.getSize(), "entry '" + name + "'");
    }

    @Override
    public long size(String name) throws IOException {
        ZipEntry entry = entries.get(EntryNames.checked(name));
        return entry == null ? -1 : entry.getSize();
    }

    @Override
    public Path location() {
        return path;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Refuses bytes beyond the declared size, and names a truncated entry as such. */
    private static final class DeclaredSizeInputStream extends FilterInputStream {

        private final long declared;
        private final String label;
        private long read;

        DeclaredSizeInputStream(InputStream in, long declared, String label) {
            super(in);
            this.declared = declared;
            this.label = label;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int count = read(one, 0, 1);
            return count < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count;
            try {
                count = super.read(buffer, offset, length);
            } catch (EOFException | ZipException e) {
                throw new UnsafeArchiveException(label + " is truncated or damaged (" + e.getMessage() + ")", e);
            }
            if (count > 0) {
                read += count;
                if (read > declared) {
                    throw new UnsafeArchiveException(label + " unpacks to more than its declared " + declared
                            + " bytes; refused as a possible zip bomb");
                }
            } else if (count < 0 && read < declared) {
                throw new UnsafeArchiveException(label + " is truncated: " + read + " of " + declared + " bytes");
            }
            return count;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int count = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (count < 0) {
                    break;
                }
                skipped += count;
            }
            return skipped;
        }
    }
}
