package org.postlens.app.media;

import org.postlens.app.domain.ImageFingerprint;
import java.awt.image.BufferedImage;

/**
 * A 64-bit fingerprint of what a grey grid looks like. An image gets two (see {@link ImageFingerprint}); copies that
 * were rescaled, recompressed, framed, captioned or lightly cropped differ from the original in few bits (Hamming
 * distance), different pictures in many.
 */
public sealed interface PerceptualHash permits DifferenceHash, DctHash {

    /** The one Postlens stores: chosen by measurement, see docs/decisions/0012-perceptual-image-hash.md. */
    PerceptualHash DEFAULT = new DctHash();

    /** Images at most this many bits apart are the same picture (measured with {@link #DEFAULT}). */
    int DEFAULT_MAX_DISTANCE = 10;

    /** Share of the width and height left out on each side for the middle view: more than a caption bar takes. */
    double CENTRE_INSET = 0.12;

    /** Stored with each hash, so a project can tell hashes of another algorithm apart. */
    String name();

    int columns();

    int rows();

    /** The hash of a grid of {@link #columns()} x {@link #rows()} grey levels, row by row. */
    long hash(double[] grid);

    default ImageFingerprint fingerprint(BufferedImage image) {
        LumaGrid grid = LumaGrid.of(image);
        return new ImageFingerprint(hash(grid.trimmed(columns(), rows())),
                hash(grid.centre(columns(), rows(), CENTRE_INSET)));
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
