package org.postlens.app.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.postlens.app.domain.ImageFacts;
import org.postlens.app.domain.ImageFingerprint;
import org.postlens.app.domain.ImageMetadata;

/**
 * Reads an image's metadata and fingerprint from its bytes. Runs where images are read (the import's producer
 * thread, the back-fill job), never on the thread that writes the project. A damaged image gives its facts with a
 * problem, never an exception.
 */
public final class ImageFactsReader {

    /** Images with a longer side are decoded subsampled, to about half this. */
    static final int MAX_DECODED_SIDE = 2048;

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

    public ImageFacts read(byte[] bytes) {
        ImageMetadataExtractor.Result metadata = ImageMetadataExtractor.read(bytes);
        String problem = metadata.problem();
        ImageFingerprint fingerprint = null;
        try {
            BufferedImage image = decode(bytes);
            if (image == null) {
                problem = join(problem, "no perceptual hash: not an image Java can decode");
            } else {
                fingerprint = hash.fingerprint(image);
            }
        } catch (IOException | RuntimeException e) {
            problem = join(problem, "no perceptual hash: the image could not be decoded (" + e.getMessage() + ")");
        }
        ImageMetadata read = metadata.metadata();
        return new ImageFacts(read, fingerprint, fingerprint == null ? null : hash.name(), problem);
    }

    /**
     * Decodes the image, large ones at a fraction of their size: the hash looks at a 32 x 32 grid, and a
     * 100-megapixel photo decoded in full would take 400 MB.
     */
    static BufferedImage decode(byte[] bytes) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                if (longest > MAX_DECODED_SIDE) {
                    int step = (longest + MAX_DECODED_SIDE / 2 - 1) / (MAX_DECODED_SIDE / 2);
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static String join(String first, String second) {
        return first == null ? second : first + "; " + second;
    }
}
