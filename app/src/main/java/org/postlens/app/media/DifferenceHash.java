package org.postlens.app.media;

/** dHash: on a 9 x 8 grey grid, one bit per pair of neighbours in a row, set when the left one is darker. */
public final class DifferenceHash implements PerceptualHash {

    @Override
    public String name() {
        return "dhash64";
    }

    @Override
    public int columns() {
        return 9;
    }

    @Override
    public int rows() {
        return 8;
    }

    @Override
    public long hash(double[] grid) {
        long bits = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                bits <<= 1;
                if (grid[y * 9 + x] < grid[y * 9 + x + 1]) {
                    bits |= 1;
                }
            }
        }
        return bits;
    }
}
