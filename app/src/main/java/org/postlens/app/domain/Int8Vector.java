package org.postlens.app.domain;

/**
 * A vector stored as signed bytes times one scale: {@code value[i] ≈ codes[i] * scale}. For unit vectors of a
 * few hundred dimensions the cosine error is around 1e-3, far below what separates similar from unrelated.
 */
public record Int8Vector(byte[] codes, float scale) {

    public static Int8Vector quantize(float[] vector) {
        float maxAbs = 0;
        for (float value : vector) {
            maxAbs = Math.max(maxAbs, Math.abs(value));
        }
        byte[] codes = new byte[vector.length];
        if (maxAbs == 0) {
            return new Int8Vector(codes, 0f);
        }
        float toCode = 127f / maxAbs;
        for (int i = 0; i < vector.length; i++) {
            codes[i] = (byte) Math.round(vector[i] * toCode);
        }
        return new Int8Vector(codes, maxAbs / 127f);
    }

    public int dimension() {
        return codes.length;
    }
}
