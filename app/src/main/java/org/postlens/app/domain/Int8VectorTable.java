package org.postlens.app.domain;

import java.util.Arrays;

/**
 * Many {@link Int8Vector}s of one dimension in three flat arrays (post ids ascending, codes, scales): one
 * object for a million posts instead of a million, ~390 bytes a 384-d vector.
 */
public final class Int8VectorTable {

    private final int dimension;
    private final long[] postIds;
    private final byte[] codes;
    private final float[] scales;
    private final int size;

    private Int8VectorTable(int dimension, long[] postIds, byte[] codes, float[] scales, int size) {
        this.dimension = dimension;
        this.postIds = postIds;
        this.codes = codes;
        this.scales = scales;
        this.size = size;
    }

    public int dimension() {
        return dimension;
    }

    public int size() {
        return size;
    }

    public long postId(int row) {
        return postIds[row];
    }

    public float scale(int row) {
        return scales[row];
    }

    /** The shared code array; row {@code r} starts at {@code r * dimension()}. Read only. */
    public byte[] codes() {
        return codes;
    }

    /** The row holding this post, or -1. */
    public int rowOf(long postId) {
        int row = Arrays.binarySearch(postIds, 0, size, postId);
        return row >= 0 ? row : -1;
    }

    public Int8Vector vector(int row) {
        return new Int8Vector(Arrays.copyOfRange(codes, row * dimension, (row + 1) * dimension), scales[row]);
    }

    public static Builder builder(int dimension, int expectedSize) {
        return new Builder(dimension, expectedSize);
    }

    /** Appends rows in ascending post id order. */
    public static final class Builder {

        private final int dimension;
        private long[] postIds;
        private byte[] codes;
        private float[] scales;
        private int size;

        private Builder(int dimension, int expectedSize) {
            if (dimension <= 0) {
                throw new IllegalArgumentException("dimension must be positive: " + dimension);
            }
            int capacity = Math.max(16, expectedSize);
            this.dimension = dimension;
            this.postIds = new long[capacity];
            this.codes = new byte[Math.multiplyExact(capacity, dimension)];
            this.scales = new float[capacity];
        }

        public Builder add(long postId, float scale, byte[] source, int offset) {
            if (size > 0 && postId <= postIds[size - 1]) {
                throw new IllegalArgumentException("post ids must ascend: " + postId + " after " + postIds[size - 1]);
            }
            if (size == postIds.length) {
                int capacity = Math.addExact(size, Math.max(16, size / 2));
                postIds = Arrays.copyOf(postIds, capacity);
                codes = Arrays.copyOf(codes, Math.multiplyExact(capacity, dimension));
                scales = Arrays.copyOf(scales, capacity);
            }
            postIds[size] = postId;
            scales[size] = scale;
            System.arraycopy(source, offset, codes, size * dimension, dimension);
            size++;
            return this;
        }

        public Builder add(long postId, Int8Vector vector) {
            if (vector.dimension() != dimension) {
                throw new IllegalArgumentException("dimension " + vector.dimension() + ", expected " + dimension);
            }
            return add(postId, vector.scale(), vector.codes(), 0);
        }

        public Int8VectorTable build() {
            return new Int8VectorTable(dimension, postIds, codes, scales, size);
        }
    }
}
