package org.postlens.app.embed;

/**
 * The k best (row, score) pairs seen so far, in a bounded min-heap of primitives. Ties go to the lower row,
 * so results never depend on scan order or thread count.
 */
final class TopK {

    private final int k;
    private final int[] rows;
    private final float[] scores;
    private int size;

    TopK(int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive: " + k);
        }
        this.k = k;
        this.rows = new int[k];
        this.scores = new float[k];
    }

    /** The score a new row must beat to enter; -infinity while not full. */
    float floor() {
        return size < k ? Float.NEGATIVE_INFINITY : scores[0];
    }

    void offer(int row, float score) {
        if (size < k) {
            rows[size] = row;
            scores[size] = score;
            siftUp(size++);
        } else if (better(row, score, rows[0], scores[0])) {
            rows[0] = row;
            scores[0] = score;
            siftDown(0);
        }
    }

    TopK merge(TopK other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.rows[i], other.scores[i]);
        }
        return this;
    }

    int size() {
        return size;
    }

    /** Best first. */
    Neighbor[] sorted(java.util.function.IntToLongFunction postIdOfRow) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> better(rows[a], scores[a], rows[b], scores[b]) ? -1
                : better(rows[b], scores[b], rows[a], scores[a]) ? 1 : 0);
        Neighbor[] best = new Neighbor[size];
        for (int i = 0; i < size; i++) {
            best[i] = new Neighbor(postIdOfRow.applyAsLong(rows[order[i]]), scores[order[i]]);
        }
        return best;
    }

    private static boolean better(int row, float score, int otherRow, float otherScore) {
        return score > otherScore || (score == otherScore && row < otherRow);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!better(rows[parent], scores[parent], rows[i], scores[i])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            int worst = i;
            if (left < size && better(rows[worst], scores[worst], rows[left], scores[left])) {
                worst = left;
            }
            int right = left + 1;
            if (right < size && better(rows[worst], scores[worst], rows[right], scores[right])) {
                worst = right;
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        int row = rows[a];
        rows[a] = rows[b];
        rows[b] = row;
        float score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }
}
