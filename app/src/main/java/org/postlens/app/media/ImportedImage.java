package org.postlens.app.media;

import java.awt.image.BufferedImage;
import org.postlens.app.domain.ImageFacts;
import org.postlens.app.domain.Media;
import org.postlens.app.domain.Thumbnail;

/**
 * An image read for import: its bytes checked by decoding them once, which also makes its thumbnail and its facts
 * (metadata and perceptual fingerprint) from the same frame, so that a damaged image is refused at import (with the
 * reason) rather than found broken later in the gallery.
 */
public record ImportedImage(Media media, Thumbnail thumbnail, ImageFacts facts) {

    public static ImportedImage of(byte[] bytes) throws ImageInspector.InvalidImageException {
        return of(ContentHash.sha256(bytes), bytes, ImageFactsReader.standard());
    }

    static ImportedImage of(String sha256, byte[] bytes, ImageFactsReader factsReader) throws ImageInspector.InvalidImageException {
        ImageInspector.ImageInfo info = ImageInspector.inspect(bytes);
        BufferedImage frame = ImageFactsReader.decode(bytes);
        Thumbnail thumbnail = ThumbnailMaker.make(sha256, frame, ThumbnailMaker.SIZE);
        ImageFacts facts = factsReader.read(bytes, frame);
        return new ImportedImage(new Media(sha256, info.mime(), bytes.length, info.width(), info.height(), bytes), thumbnail, facts);
    }
}
