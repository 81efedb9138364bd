package org.postlens.app.demo;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;

/** A tiny grey version of an image, enough to tell whether two pictures show the same thing. */
record GreyThumbnail(int[] levels) {

    private static final int WIDTH = 16;
    private static final int HEIGHT = 12;

    static GreyThumbnail of(BufferedImage image) {
        BufferedImage small = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        g.drawImage(image.getScaledInstance(WIDTH, HEIGHT, Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        int[] levels = new int[WIDTH * HEIGHT];
        small.getRaster().getPixels(0, 0, WIDTH, HEIGHT, levels);
        return new GreyThumbnail(levels);
    }

    /** Mean absolute difference of grey levels, 0 (identical) to 255. */
    double distanceTo(GreyThumbnail other) {
        long sum = 0;
        for (int i = 0; i < levels.length; i++) {
            sum += Math.abs(levels[i] - other.levels[i]);
        }
        return (double) sum / levels.length;
    }
}
