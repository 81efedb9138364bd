package org.postlens.app.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;

/** The edits that turn one picture into a "re-shared" copy of it: rescaling, cropping and a caption bar. */
final class ImageVariants {

    private ImageVariants() {
    }

    static BufferedImage rescaled(BufferedImage source, int width, int height) {
        BufferedImage target = DemoCanvas.blank(width, height);
        Graphics2D g = DemoCanvas.graphics(target);
        g.drawImage(source.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        return target;
    }

    /** Cuts {@code fraction} of the width and height off, split between the edges by {@code leftShare}/{@code topShare}. */
    static BufferedImage cropped(BufferedImage source, double fraction, double leftShare, double topShare) {
        int cutX = (int) (source.getWidth() * fraction);
        int cutY = (int) (source.getHeight() * fraction);
        BufferedImage region = source.getSubimage((int) (cutX * leftShare), (int) (cutY * topShare),
                source.getWidth() - cutX, source.getHeight() - cutY);
        BufferedImage copy = DemoCanvas.blank(region.getWidth(), region.getHeight());
        Graphics2D g = copy.createGraphics();
        g.drawImage(region, 0, 0, null);
        g.dispose();
        return copy;
    }

    /** Paints a bar with white capitals over the top of the picture, the way re-posters label old photos. */
    static BufferedImage captioned(BufferedImage source, String caption, Color bar) {
        BufferedImage copy = DemoCanvas.blank(source.getWidth(), source.getHeight());
        Graphics2D g = DemoCanvas.graphics(copy);
        g.drawImage(source, 0, 0, null);
        int barHeight = source.getHeight() / 12;
        g.setColor(bar);
        g.fillRect(0, 0, source.getWidth(), barHeight);
        DemoCanvas.centred(g, caption, DemoCanvas.fitted(g, caption, barHeight * 2 / 3, source.getWidth() - 40),
                Color.WHITE, source.getWidth() / 2, barHeight * 3 / 4);
        g.dispose();
        return copy;
    }
}
