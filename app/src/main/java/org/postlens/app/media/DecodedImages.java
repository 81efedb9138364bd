package org.postlens.app.media;

import java.util.LinkedHashMap;
import java.util.Map;
import org.postlens.app.domain.ImageFacts;
import org.postlens.app.domain.Media;
import org.postlens.app.domain.Thumbnail;

/**
 * The images one import has already decoded, by content hash, so that a file a thousand rows refer to (a logo, a
 * screenshot posted again and again) is decoded once, not a thousand times. Holds sizes, thumbnails and facts only,
 * not the images' bytes; the least recently used are forgotten past {@value #CAPACITY}.
 */
public final class DecodedImages {

    static final int CAPACITY = 1024;

    private record Decoded(String mime, int width, int height, Thumbnail thumbnail, ImageFacts facts) {}

    private final ImageFactsReader factsReader = ImageFactsReader.standard();
    private final Map<String, Decoded> decoded = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Decoded> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Like {@link ImportedImage#of}, decoding only bytes this import has not decoded yet. */
    public synchronized ImportedImage read(byte[] bytes) throws ImageInspector.InvalidImageException {
        String sha256 = ContentHash.sha256(bytes);
        Decoded known = decoded.get(sha256);
        if (known != null) {
            return new ImportedImage(new Media(sha256, known.mime, bytes.length, known.width, known.height, bytes), known.thumbnail,
                    known.facts);
        }
        ImportedImage image = ImportedImage.of(sha256, bytes, factsReader);
        Media media = image.media();
        decoded.put(sha256, new Decoded(media.mime(), media.width(), media.height(), image.thumbnail(), image.facts()));
        return image;
    }
}
