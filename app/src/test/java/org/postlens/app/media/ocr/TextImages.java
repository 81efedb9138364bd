package org.postlens.app.media.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Images with text drawn by Java2D in a font installed here that covers the script, as a screenshot would hold it. */
final class TextImages {

    private static final List<String> LATIN_FONTS = List.of("DejaVu Sans", "Noto Sans", "Liberation Sans");
    private static final List<String> ARABIC_FONTS = List.of("Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans");
    private static final List<String> DEVANAGARI_FONTS = List.of("Noto Sans Devanagari", "Noto Serif Devanagari",
            "Lohit Devanagari");

    private TextImages() {
    }

    static Optional<String> fontFor(String sample) {
        List<String> candidates = sample.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF) ? ARABIC_FONTS
                : sample.codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F) ? DEVANAGARI_FONTS : LATIN_FONTS;
        List<String> installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames());
        return candidates.stream().filter(installed::contains)
                .filter(name -> new Font(name, Font.PLAIN, 12).canDisplayUpTo(sample.replace(" ", "")) == -1)
                .findFirst();
    }

    /** Black text on white, one line per entry, 40 px type. */
    static byte[] png(String fontFamily, String... lines) {
        Font font = new Font(Map.of(TextAttribute.FAMILY, fontFamily, TextAttribute.SIZE, 40f));
        BufferedImage image = new BufferedImage(1000, 80 + 70 * lines.length, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setFont(font);
            for (int i = 0; i < lines.length; i++) {
                g.drawString(lines[i], 40, 80 + 70 * i);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
