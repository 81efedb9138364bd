package org.postlens.app.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks that bytes really are an image we can show, and reads its format and size from the header only
 * (a file declaring 100,000 x 100,000 pixels is refused before anything is decoded).
 */
public final class ImageInspector {

    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    public static final long MAX_PIXELS = 100_000_000L;

    public record ImageInfo(String mime, int width, int height) {}

    private ImageInspector() {
    }

    /** @throws InvalidImageException with a reason a user can read */
    public static ImageInfo inspect(byte[] bytes) throws InvalidImageException {
        if (bytes.length == 0) {
            throw new InvalidImageException("the file is empty");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new InvalidImageException(String.format("the file is %,d bytes; images over %,d bytes are not imported",
                    bytes.length, MAX_FILE_BYTES));
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new InvalidImageException("not an image in a supported format (JPEG, PNG, GIF, BMP, WebP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new InvalidImageException("the image declares no size");
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw new InvalidImageException(String.format(
                            "the image declares %,d x %,d pixels, over the %,d-megapixel limit",
                            width, height, MAX_PIXELS / 1_000_000));
                }
                return new ImageInfo(mime(reader.getFormatName()), width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidImageException("the image is damaged or truncated (" + e.getMessage() + ")");
        }
    }

    private static String mime(String formatName) {
        String format = formatName.toLowerCase(Locale.ROOT);
        return switch (format) {
            case "jpeg", "jpg" -> "image/jpeg";
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "bmp", "wbmp" -> "image/bmp";
            case "webp" -> "image/webp";
            default -> "image/" + format;
        };
    }

    public static final class InvalidImageException extends Exception {
        public InvalidImageException(String reason) {
            super(reason);
        }
    }
}
