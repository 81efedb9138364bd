package org.postlens.app.media;

import java.awt.image.BufferedImage;
import org.postlens.app.domain.ImageFacts;
import org.postlens.app.domain.ImageFingerprint;

/**
 * Reads an image's metadata and fingerprint from its bytes. Runs where images are read (the import's producer
 * thread, the back-fill job), never on the thread that writes the project. A damaged image gives its facts with a
 * problem, never an exception.
 */
public final class ImageFactsReader {

    private final PerceptualHash hash;

    public ImageFactsReader(PerceptualHash hash) {
        this.hash = hash;
    }

    public static ImageFactsReader standard() {
        return new ImageFactsReader(PerceptualHash.DEFAULT);
    }

    public String algorithm() {
        return hash.name();
    }

    /** Reads the facts of a stored image, decoding it the way an import does (the back-fill job). */
    public ImageFacts read(byte[] bytes) {
        try {
            return read(bytes, decode(bytes));
        } catch (ImageInspector.InvalidImageException e) {
            return read(bytes, null, "no perceptual hash: " + e.getMessage());
        }
    }

    /**
     * Reads the facts of an image the caller has already decoded with {@link #decode} (an import, which makes the
     * thumbnail from the same frame): the image is decoded once, not once per thing read from it.
     */
    public ImageFacts read(byte[] bytes, BufferedImage frame) {
        return read(bytes, frame, null);
    }

    private ImageFacts read(byte[] bytes, BufferedImage frame, String decodeProblem) {
        ImageMetadataExtractor.Result metadata = ImageMetadataExtractor.read(bytes);
        String problem = metadata.problem();
        ImageFingerprint fingerprint = null;
        if (frame == null) {
            problem = join(problem, decodeProblem == null ? "no perceptual hash: the image was not decoded" : decodeProblem);
        } else {
            fingerprint = hash.fingerprint(frame);
        }
        return new ImageFacts(metadata.metadata(), fingerprint, fingerprint == null ? null : hash.name(), problem);
    }

    /**
     * The first frame at thumbnail scale (at least twice {@link ThumbnailMaker#SIZE} on its longest side): the hash
     * averages it down to a 32 x 32 grid, so more pixels add nothing, and a 100-megapixel photo decoded in full
     * would take 400 MB. Import and back-fill decode alike, so an image gets the same fingerprint either way.
     */
    public static BufferedImage decode(byte[] bytes) throws ImageInspector.InvalidImageException {
        return ImageDecoder.firstFrame(bytes, ThumbnailMaker.SIZE);
    }

    private static String join(String first, String second) {
        return first == null ? second : first + "; " + second;
    }
}
