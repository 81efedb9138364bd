package org.postlens.app.embed;

import org.postlens.app.domain.Int8Vector;

/**
 * A query vector in 16-bit integers, so that its dot product with int8 codes stays in int arithmetic (which the
 * JIT vectorizes) while keeping the query's own precision: 384 × 127 × 32767 still fits an int.
 */
record Int16Query(short[] codes, float scale) {

    private static final int MAX_DIMENSION = Integer.MAX_VALUE / (127 * 32767);

    static Int16Query of(float[] vector) {
        if (vector.length > MAX_DIMENSION) {
            throw new IllegalArgumentException("dimension " + vector.length + " over " + MAX_DIMENSION);
        }
        float maxAbs = 0;
        for (float value : vector) {
            maxAbs = Math.max(maxAbs, Math.abs(value));
        }
        short[] codes = new short[vector.length];
        if (maxAbs == 0) {
            return new Int16Query(codes, 0f);
        }
        float toCode = 32767f / maxAbs;
        for (int i = 0; i < vector.length; i++) {
            codes[i] = (short) Math.round(vector[i] * toCode);
        }
        return new Int16Query(codes, maxAbs / 32767f);
    }

    static Int16Query of(Int8Vector vector) {
        short[] codes = new short[vector.dimension()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = vector.codes()[i];
        }
        return new Int16Query(codes, vector.scale());
    }

    /**
     * The raw dot product of query codes with the codes of a row starting at {@code offset}. Static, over plain
     * arrays, with one accumulator: the shape C2 turns into SIMD multiply-adds.
     */
    static int dot(short[] query, byte[] rows, int offset) {
        int sum = 0;
        for (int i = 0; i < query.length; i++) {
            sum += rows[offset + i] * query[i];
        }
        return sum;
    }
}
