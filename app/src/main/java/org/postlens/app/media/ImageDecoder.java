package org.postlens.app.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes the first frame of an image (the first frame of an animated GIF or WebP), reading only every n-th
 * pixel of large images so that a 100-megapixel photo never needs 400 MB to become a thumbnail. A decoder that
 * only warns about damage (a JPEG cut short is drawn half grey) counts as damage: the image is refused.
 */
public final class ImageDecoder {

    private ImageDecoder() {
    }

    /** @param longestSide the image is subsampled to at least this many pixels on its longest side, no fewer */
    public static BufferedImage firstFrame(byte[] bytes, int longestSide) throws ImageInspector.InvalidImageException {
        ImageInspector.ImageInfo info = ImageInspector.inspect(bytes);
        if (info.mime().equals("image/webp") && riffLength(bytes) > bytes.length) {
            // The WebP decoder reads past the end as zeros and draws the rest black, without a word.
            throw new ImageInspector.InvalidImageException(String.format(
                    "the image is damaged or truncated (the WebP file declares %,d bytes and has %,d)",
                    riffLength(bytes), bytes.length));
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            ImageReader reader = readers.next();
            AtomicReference<String> warning = new AtomicReference<>();
            IIOReadWarningListener listener = (source, message) -> warning.compareAndSet(null, message);
            reader.addIIOReadWarningListener(listener);
            try {
                reader.setInput(input, false, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(info.width(), info.height()) / Math.max(1, longestSide * 2));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (warning.get() != null) {
                    throw new ImageInspector.InvalidImageException("the image is damaged or truncated (" + warning.get() + ")");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageInspector.InvalidImageException("the image is damaged or truncated (" + e.getMessage() + ")");
        }
    }

    /** The length a RIFF container (WebP) declares for itself: its size field plus the 8 header bytes. */
    private static long riffLength(byte[] bytes) {
        if (bytes.length < 12) {
            return Long.MAX_VALUE;
        }
        long size = (bytes[4] & 0xFFL) | (bytes[5] & 0xFFL) << 8 | (bytes[6] & 0xFFL) << 16 | (bytes[7] & 0xFFL) << 24;
        return size + 8;
    }
}
