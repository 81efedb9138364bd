package org.postlens.app.media;

import java.util.Arrays;

/**
 * pHash: the 8 x 8 lowest frequencies of the discrete cosine transform of a 32 x 32 grey grid, one bit per
 * frequency, set when it is above their median. Low frequencies carry the picture's layout, which survives
 * rescaling, recompression and brightness changes.
 */
public final class DctHash implements PerceptualHash {

    private static final int SIZE = 32;
    private static final int KEPT = 8;
    private static final double[][] COSINES = cosines();

    @Override
    public String name() {
        return "phash64";
    }

    @Override
    public int columns() {
        return SIZE;
    }

    @Override
    public int rows() {
        return SIZE;
    }

    @Override
    public long hash(double[] grid) {
        double[] rows = new double[KEPT * SIZE];
        for (int u = 0; u < KEPT; u++) {
            for (int x = 0; x < SIZE; x++) {
                double sum = 0;
                for (int y = 0; y < SIZE; y++) {
                    sum += COSINES[u][y] * grid[y * SIZE + x];
                }
                rows[u * SIZE + x] = sum;
            }
        }
        double[] low = new double[KEPT * KEPT];
        for (int u = 0; u < KEPT; u++) {
            for (int v = 0; v < KEPT; v++) {
                double sum = 0;
                for (int x = 0; x < SIZE; x++) {
                    sum += COSINES[v][x] * rows[u * SIZE + x];
                }
                low[u * KEPT + v] = sum;
            }
        }
        // The median leaves out the DC term (the mean brightness), which would otherwise skew it.
        double[] ac = Arrays.copyOfRange(low, 1, low.length);
        Arrays.sort(ac);
        double median = (ac[ac.length / 2 - 1] + ac[ac.length / 2]) / 2;
        long bits = 0;
        for (double coefficient : low) {
            bits = (bits << 1) | (coefficient > median ? 1 : 0);
        }
        return bits;
    }

    private static double[][] cosines() {
        double[][] table = new double[KEPT][SIZE];
        for (int u = 0; u < KEPT; u++) {
            for (int x = 0; x < SIZE; x++) {
                table[u][x] = Math.cos((2 * x + 1) * u * Math.PI / (2 * SIZE));
            }
        }
        return table;
    }
}
