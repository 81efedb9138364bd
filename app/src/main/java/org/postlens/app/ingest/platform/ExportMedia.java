package org.postlens.app.ingest.platform;

/**
 * An image a post of an export refers to.
 *
 * @param file      the file's name inside the export (folder or zip), or {@code null} when the export holds none
 * @param url       where the platform served it, remembered but never fetched; {@code null} when unknown
 * @param asWritten how the export named it, for messages and the detail pane
 */
public record ExportMedia(String file, String url, String asWritten) {

    public static ExportMedia file(String file) {
        return new ExportMedia(file, null, file);
    }

    public static ExportMedia remote(String url) {
        return new ExportMedia(null, url, url);
    }
}
