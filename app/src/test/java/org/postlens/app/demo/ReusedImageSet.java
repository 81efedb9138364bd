package org.postlens.app.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A generated test set for re-used image detection: distinct pictures (random compositions of shapes, text and
 * gradients, plus the demo's street scenes, charts and notices, which resemble each other on purpose) and, for
 * each, the copies a re-poster makes: rescaled, recompressed as JPEG, cropped, framed, captioned, brightened.
 * Every copy ends as a decoded JPEG, as it would after a platform re-encodes it.
 */
public final class ReusedImageSet {

    /** One image of the set and the picture it was made from. */
    public record Sample(int source, String edit, BufferedImage image) {}

    private static final String[] CAPTIONS = {"BREAKING", "THIS IS HAPPENING NOW", "SHARE BEFORE THEY DELETE IT",
            "NOT IN THE NEWS", "2026 FLOOD", "LOOK AT THIS"};

    /** Share of the width and of the height cut off by the "cropped" edit, split at random between the edges. */
    static final double CROP_MIN = 0.04;
    static final double CROP_MAX = 0.10;

    private ReusedImageSet() {
    }

    /** {@code pictures} distinct pictures, each with its original and {@link #EDITS} edited copies. */
    public static List<Sample> generate(int pictures, long seed) {
        Random random = new Random(seed);
        List<Sample> samples = new ArrayList<>();
        for (int source = 0; source < pictures; source++) {
            BufferedImage original = picture(source, random.nextLong());
            samples.add(new Sample(source, "original", original));
            for (Edit edit : EDITS) {
                BufferedImage edited = edit.operator().apply(new Random(random.nextLong())).apply(original);
                int quality = 30 + random.nextInt(41);
                samples.add(new Sample(source, edit.name() + "+jpeg" + quality, jpegRoundTrip(edited, quality)));
            }
        }
        return samples;
    }

    /** How many edited copies each picture gets. */
    public static int edits() {
        return EDITS.size();
    }

    private record Edit(String name, java.util.function.Function<Random, UnaryOperator<BufferedImage>> operator) {}

    private static final List<Edit> EDITS = List.of(
            new Edit("recompressed", random -> image -> image),
            new Edit("half-size", random -> image -> scaled(image, 0.5)),
            new Edit("1.5x", random -> image -> scaled(image, 1.5)),
            new Edit("cropped", random -> image -> ImageVariants.cropped(image, CROP_MIN + random.nextDouble() * (CROP_MAX - CROP_MIN),
                    random.nextDouble(), random.nextDouble())),
            new Edit("framed", random -> image -> framed(image, 0.04 + random.nextDouble() * 0.06,
                    random.nextBoolean() ? Color.WHITE : Color.BLACK)),
            new Edit("captioned", random -> image -> ImageVariants.captioned(image,
                    CAPTIONS[random.nextInt(CAPTIONS.length)], new Color(180, 20, 30))),
            new Edit("meme-text", random -> image -> memeText(image, CAPTIONS[random.nextInt(CAPTIONS.length)])),
            new Edit("brighter", random -> image -> brightness(image, 1.08 + random.nextDouble() * 0.07)),
            new Edit("darker", random -> image -> brightness(image, 0.85 + random.nextDouble() * 0.07)),
            new Edit("cropped-scaled-captioned", random -> image -> ImageVariants.captioned(
                    scaled(ImageVariants.cropped(image, 0.05, random.nextDouble(), random.nextDouble()), 0.7),
                    CAPTIONS[random.nextInt(CAPTIONS.length)], Color.BLACK)));

    private static BufferedImage picture(int index, long seed) {
        int width = 420 + (int) (Math.floorMod(seed, 5) * 40);
        int height = 300 + (int) (Math.floorMod(seed >> 8, 4) * 40);
        // Every tenth picture comes from the demo: look-alike street scenes that must still be told apart. (Charts and
        // notices drawn from one template with other numbers or words are left out: to a perceptual hash, which sees
        // the layout, they are the same picture.)
        return switch (index % 10 == 9 ? index / 10 % 2 : -1) {
            case 0 -> StreetScenes.floodedStreet(width, height, seed, StreetScenes.Light.values()[index % 4],
                    index % 20 == 9, index % 30 == 9);
            case 1 -> StreetScenes.rescueBoat(width, height, seed);
            default -> composition(width, height, new Random(seed));
        };
    }

    /** A random arrangement of filled and outlined shapes, lines and a word on a gradient. */
    private static BufferedImage composition(int width, int height, Random random) {
        BufferedImage image = DemoCanvas.blank(width, height);
        Graphics2D g = DemoCanvas.graphics(image);
        DemoCanvas.verticalGradient(g, 0, 0, width, height, randomColor(random), randomColor(random));
        int shapes = 4 + random.nextInt(6);
        for (int i = 0; i < shapes; i++) {
            g.setColor(randomColor(random));
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            int w = width / 8 + random.nextInt(width / 2);
            int h = height / 8 + random.nextInt(height / 2);
            switch (random.nextInt(5)) {
                case 0 -> g.fillRect(x - w / 2, y - h / 2, w, h);
                case 1 -> g.fillOval(x - w / 2, y - h / 2, w, h);
                case 2 -> g.fillPolygon(new Polygon(new int[] {x, x + w / 2, x - w / 2}, new int[] {y - h / 2, y + h / 2, y + h / 2}, 3));
                case 3 -> {
                    g.setStroke(new BasicStroke(4 + random.nextInt(16)));
                    g.drawLine(x, y, random.nextInt(width), random.nextInt(height));
                }
                default -> {
                    g.setStroke(new BasicStroke(3 + random.nextInt(8)));
                    g.drawOval(x - w / 2, y - h / 2, w, h);
                }
            }
        }
        if (random.nextBoolean()) {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24 + random.nextInt(30)));
            g.setColor(randomColor(random));
            g.drawString(CAPTIONS[random.nextInt(CAPTIONS.length)], random.nextInt(width / 2), 40 + random.nextInt(height - 60));
        }
        g.dispose();
        return image;
    }

    private static Color randomColor(Random random) {
        return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
    }

    private static BufferedImage scaled(BufferedImage image, double factor) {
        return ImageVariants.rescaled(image, Math.max(1, (int) Math.round(image.getWidth() * factor)),
                Math.max(1, (int) Math.round(image.getHeight() * factor)));
    }

    private static BufferedImage framed(BufferedImage image, double share, Color colour) {
        int border = (int) (Math.max(image.getWidth(), image.getHeight()) * share);
        BufferedImage framed = DemoCanvas.blank(image.getWidth() + 2 * border, image.getHeight() + 2 * border);
        Graphics2D g = framed.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, framed.getWidth(), framed.getHeight());
        g.drawImage(image, border, border, null);
        g.dispose();
        return framed;
    }

    /** White capitals with a black outline across the lower part, the way memes are captioned. */
    private static BufferedImage memeText(BufferedImage image, String text) {
        BufferedImage copy = DemoCanvas.blank(image.getWidth(), image.getHeight());
        Graphics2D g = DemoCanvas.graphics(copy);
        g.drawImage(image, 0, 0, null);
        Font font = DemoCanvas.fitted(g, text, image.getHeight() / 9, image.getWidth() - 30);
        int baseline = image.getHeight() - image.getHeight() / 12;
        for (int dx = -2; dx <= 2; dx += 2) {
            for (int dy = -2; dy <= 2; dy += 2) {
                DemoCanvas.centred(g, text, font, Color.BLACK, image.getWidth() / 2 + dx, baseline + dy);
            }
        }
        DemoCanvas.centred(g, text, font, Color.WHITE, image.getWidth() / 2, baseline);
        g.dispose();
        return copy;
    }

    private static BufferedImage brightness(BufferedImage image, double factor) {
        BufferedImage copy = DemoCanvas.blank(image.getWidth(), image.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = Math.min(255, (int) (((rgb >> 16) & 0xff) * factor));
                int gr = Math.min(255, (int) (((rgb >> 8) & 0xff) * factor));
                int b = Math.min(255, (int) ((rgb & 0xff) * factor));
                copy.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return copy;
    }

    /** The picture at half size with a caption bar: a typical re-share. */
    public static BufferedImage captionedHalfSize(BufferedImage image) {
        return ImageVariants.captioned(scaled(image, 0.5), "SHARE BEFORE THEY DELETE IT", Color.BLACK);
    }

    /** Encodes as JPEG at {@code quality} (0-100) and decodes again. */
    public static BufferedImage jpegRoundTrip(BufferedImage image, int quality) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg(image, quality)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] jpeg(BufferedImage image, int quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
