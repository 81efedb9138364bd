package org.postlens.app.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Drawing helpers shared by the demo image renderers: a blank canvas and text that fits. */
final class DemoCanvas {

    private DemoCanvas() {
    }

    static BufferedImage blank(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        return g;
    }

    static void verticalGradient(Graphics2D g, int x, int y, int width, int height, Color top, Color bottom) {
        g.setPaint(new GradientPaint(x, y, top, x, y + height, bottom));
        g.fillRect(x, y, width, height);
    }

    /** A bold sans-serif font no larger than {@code maxSize} whose rendering of {@code text} fits {@code maxWidth}. */
    static Font fitted(Graphics2D g, String text, int maxSize, int maxWidth) {
        for (int size = maxSize; size > 8; size--) {
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, size);
            if (g.getFontMetrics(font).stringWidth(text) <= maxWidth) {
                return font;
            }
        }
        return new Font(Font.SANS_SERIF, Font.BOLD, 8);
    }

    /** Draws text horizontally centred on {@code centreX} with its baseline at {@code baseline}. */
    static void centred(Graphics2D g, String text, Font font, Color color, int centreX, int baseline) {
        g.setFont(font);
        g.setColor(color);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, centreX - metrics.stringWidth(text) / 2, baseline);
    }

    static void text(Graphics2D g, String text, int size, boolean bold, Color color, int x, int baseline) {
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size));
        g.setColor(color);
        g.drawString(text, x, baseline);
    }

    static Color withAlpha(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }
}
