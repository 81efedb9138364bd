package org.postlens.app.media;

import java.awt.image.BufferedImage;

/**
 * An image's grey levels, reduced to small grids by averaging the pixels of each cell: of the picture inside its
 * flat borders (letterboxing, frames added by re-posters), so that a framed copy looks like the original, and of
 * the image's middle, which captions over its top or bottom leave alone.
 */
final class LumaGrid {

    /** Rows or columns this close to the edge colour (grey levels, as a mean absolute difference) count as border. */
    private static final double BORDER_TOLERANCE = 3;
    /** Never trim more than this share of a side: a picture that is mostly flat is not all border. */
    private static final double MAX_TRIM = 0.2;

    private final float[] luma;
    private final int width;
    private final int height;
    private final int[] trimmed;

    private LumaGrid(float[] luma, int width, int height) {
        this.luma = luma;
        this.width = width;
        this.height = height;
        this.trimmed = trimmedBox(luma, width, height);
    }

    static LumaGrid of(BufferedImage image) {
        return new LumaGrid(luma(image, image.getWidth(), image.getHeight()), image.getWidth(), image.getHeight());
    }

    /** Grey levels (0-255) of a {@code columns} x {@code rows} grid of the picture inside its flat borders. */
    double[] trimmed(int columns, int rows) {
        return average(luma, width, trimmed[0], trimmed[1], trimmed[2], trimmed[3], columns, rows);
    }

    /** The same, of the image's middle, borders and all: {@code inset} of its width and height left out on each side. */
    double[] centre(int columns, int rows, double inset) {
        int insetX = (int) (width * inset);
        int insetY = (int) (height * inset);
        return average(luma, width, insetX, insetY, width - insetX, height - insetY, columns, rows);
    }

    private static float[] luma(BufferedImage image, int width, int height) {
        float[] luma = new float[width * height];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int rgb = row[x];
                luma[y * width + x] = 0.299f * ((rgb >> 16) & 0xff) + 0.587f * ((rgb >> 8) & 0xff) + 0.114f * (rgb & 0xff);
            }
        }
        return luma;
    }

    /**
     * {left, top, right, bottom} (right and bottom exclusive) of the picture inside its flat borders. Opposite
     * sides are trimmed only when their edges have one colour, as frames and letterboxing do: a sky that is flat
     * at the top alone is part of the picture.
     */
    private static int[] trimmedBox(float[] luma, int width, int height) {
        int left = 0;
        int right = width;
        float leftEdge = lineMean(luma, 0, width, height);
        float rightEdge = lineMean(luma, width - 1, width, height);
        if (Math.abs(leftEdge - rightEdge) < BORDER_TOLERANCE) {
            int maxX = (int) (width * MAX_TRIM);
            while (left < maxX && columnIsFlat(luma, width, left, 0, height, leftEdge)) {
                left++;
            }
            while (width - right < maxX && columnIsFlat(luma, width, right - 1, 0, height, rightEdge)) {
                right--;
            }
        }
        int top = 0;
        int bottom = height;
        float topEdge = lineMean(luma, 0, 1, width);
        float bottomEdge = lineMean(luma, (height - 1) * width, 1, width);
        if (Math.abs(topEdge - bottomEdge) < BORDER_TOLERANCE) {
            int maxY = (int) (height * MAX_TRIM);
            while (top < maxY && rowIsFlat(luma, width, top, left, right, topEdge)) {
                top++;
            }
            while (height - bottom < maxY && rowIsFlat(luma, width, bottom - 1, left, right, bottomEdge)) {
                bottom--;
            }
        }
        return new int[] {left, top, right, bottom};
    }

    private static float lineMean(float[] luma, int start, int step, int count) {
        double sum = 0;
        for (int i = 0, at = start; i < count; i++, at += step) {
            sum += luma[at];
        }
        return (float) (sum / count);
    }

    private static boolean columnIsFlat(float[] luma, int width, int x, int fromY, int toY, float edge) {
        return isFlat(luma, x + fromY * width, width, toY - fromY, edge);
    }

    private static boolean rowIsFlat(float[] luma, int width, int y, int fromX, int toX, float edge) {
        return isFlat(luma, y * width + fromX, 1, toX - fromX, edge);
    }

    /** All of a line (nearly) the edge colour: a frame, not a sky or a gradient that only starts out like it. */
    private static boolean isFlat(float[] luma, int start, int step, int count, float edge) {
        int off = 0;
        double sum = 0;
        for (int i = 0, at = start; i < count; i++, at += step) {
            double difference = Math.abs(luma[at] - edge);
            sum += difference;
            if (difference > 4 * BORDER_TOLERANCE) {
                off++;
            }
        }
        return sum / count < BORDER_TOLERANCE && off <= count / 100;
    }

    /** Box-filter average of the region into the grid; each source pixel goes to the cell its centre falls in. */
    private static double[] average(float[] luma, int width, int left, int top, int right, int bottom,
                                    int columns, int rows) {
        double[] sums = new double[columns * rows];
        int[] counts = new int[columns * rows];
        int regionWidth = right - left;
        int regionHeight = bottom - top;
        for (int y = top; y < bottom; y++) {
            int cellY = (int) ((long) (y - top) * rows / regionHeight);
            for (int x = left; x < right; x++) {
                int cell = cellY * columns + (int) ((long) (x - left) * columns / regionWidth);
                sums[cell] += luma[y * width + x];
                counts[cell]++;
            }
        }
        for (int i = 0; i < sums.length; i++) {
            if (counts[i] > 0) {
                sums[i] /= counts[i];
            } else {
                // A region smaller than the grid: take the nearest pixel.
                int cx = i % columns;
                int cy = i / columns;
                int x = left + (int) ((cx + 0.5) * regionWidth / columns);
                int y = top + (int) ((cy + 0.5) * regionHeight / rows);
                sums[i] = luma[y * width + x];
            }
        }
        return sums;
    }
}
