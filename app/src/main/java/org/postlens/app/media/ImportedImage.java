package org.postlens.app.media;

import org.postlens.app.domain.Media;
import org.postlens.app.domain.Thumbnail;

/**
 * An image read for import: its bytes checked by decoding them once, which also makes its thumbnail, so that a
 * damaged image is refused at import (with the reason) rather than found broken later in the gallery.
 */
public record ImportedImage(Media media, Thumbnail thumbnail) {

    public static ImportedImage of(byte[] bytes) throws ImageInspector.InvalidImageException {
        return of(ContentHash.sha256(bytes), bytes);
    }

    static ImportedImage of(String sha256, byte[] bytes) throws ImageInspector.InvalidImageException {
        ImageInspector.ImageInfo info = ImageInspector.inspect(bytes);
        Thumbnail thumbnail = ThumbnailMaker.make(sha256, bytes);
        return new ImportedImage(new Media(sha256, info.mime(), bytes.length, info.width(), info.height(), bytes), thumbnail);
    }
}
