package org.postlens.app.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.postlens.app.domain.Thumbnail;

/**
 * Makes the thumbnail of a stored image: its first frame scaled to fit {@link #SIZE} pixels (never enlarged),
 * as a JPEG, or a PNG when the image has transparency. JavaFX can show both, whatever the original format was
 * (it cannot show WebP).
 */
public final class ThumbnailMaker {

    public static final int SIZE = 256;
    private static final float JPEG_QUALITY = 0.85f;

    private ThumbnailMaker() {
    }

    public static Thumbnail make(String sha256, byte[] imageBytes) throws ImageInspector.InvalidImageException {
        return make(sha256, imageBytes, SIZE);
    }

    public static Thumbnail make(String sha256, byte[] imageBytes, int size) throws ImageInspector.InvalidImageException {
        return make(sha256, ImageDecoder.firstFrame(imageBytes, size), size);
    }

    /** The thumbnail of a frame already decoded (with {@link ImageDecoder#firstFrame}, at least this size). */
    static Thumbnail make(String sha256, BufferedImage frame, int size) {
        double scale = Math.min(1.0, (double) size / Math.max(frame.getWidth(), frame.getHeight()));
        int width = Math.max(1, (int) Math.round(frame.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(frame.getHeight() * scale));
        boolean transparent = frame.getColorModel().hasAlpha();
        BufferedImage scaled = scaled(frame, width, height, transparent);
        byte[] bytes = transparent ? png(scaled) : jpeg(scaled);
        return new Thumbnail(sha256, size, transparent ? "image/png" : "image/jpeg", width, height, bytes);
    }

    /** Halves the image step by step down to about twice the target, then one bilinear step: sharp and no aliasing. */
    private static BufferedImage scaled(BufferedImage source, int width, int height, boolean transparent) {
        BufferedImage current = source;
        int currentWidth = source.getWidth();
        int currentHeight = source.getHeight();
        do {
            currentWidth = Math.max(width, currentWidth / 2);
            currentHeight = Math.max(height, currentHeight / 2);
            if (currentWidth < width * 2 || currentHeight < height * 2) {
                currentWidth = width;
                currentHeight = height;
            }
            current = draw(current, currentWidth, currentHeight, transparent);
        } while (currentWidth != width || currentHeight != height);
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean transparent) {
        BufferedImage target = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!transparent) {
                graphics.setColor(Color.WHITE);
                graphics.fillRect(0, 0, width, height);
            }
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
