package org.postlens.app.ingest.archive;

/**
 * How much an archive may hold before it is refused as a zip bomb.
 *
 * @param maxEntries       entries in the archive
 * @param maxTotalBytes    uncompressed size of all entries together
 * @param maxRatio         uncompressed / compressed size of one entry
 * @param ratioCheckBytes  entries smaller than this are not checked for their ratio: a small text of repeated
 *                         characters compresses very well without being a threat
 */
public record ArchiveLimits(int maxEntries, long maxTotalBytes, double maxRatio, long ratioCheckBytes) {

    /**
     * Generous for real exports (an X archive of a busy account holds tens of thousands of media files and several
     * GB of video; text compresses 5-20 times), far below what a zip bomb unfolds to.
     */
    public static ArchiveLimits defaults() {
        return new ArchiveLimits(250_000, 32L * 1024 * 1024 * 1024, 100, 1024 * 1024);
    }
}
