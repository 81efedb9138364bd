package org.postlens.app.cli.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Synthetic screenshots for the OCR bench: a few lines of English, Arabic or Hindi news text, drawn with the
 * logical fonts (which fall back to an installed font that covers the script), as PNG.
 */
public final class TextScreenshots {

    private static final List<List<String>> LINES = List.of(
            List.of("The river burst its banks overnight", "and the old bridge is closed to traffic.",
                    "Volunteers hand out water near the station."),
            List.of("فيضان النهر أغلق الجسر القديم هذه الليلة", "المتطوعون يوزعون المياه قرب المحطة المركزية"),
            List.of("नदी में बाढ़ के कारण पुराना पुल बंद है", "स्वयंसेवक स्टेशन के पास पानी बांट रहे हैं"));

    private TextScreenshots() {
    }

    /** Screenshot {@code index}: English, Arabic and Hindi in turn. */
    public static byte[] png(int index) {
        List<String> lines = LINES.get(index % LINES.size());
        BufferedImage image = new BufferedImage(900, 60 + 56 * lines.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(new Color(20, 20, 20));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30 + index % 3 * 2));
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), 30, 60 + 56 * i);
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
