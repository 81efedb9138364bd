package org.postlens.app.embed;

import java.util.Random;
import org.postlens.app.domain.Int8Vector;
import org.postlens.app.domain.Int8VectorTable;

/** Hand-made unit vectors for testing the vector math without an encoder. */
final class RandomVectors {

    private RandomVectors() {
    }

    static float[] unit(Random random, int dimension) {
        float[] vector = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return normalize(vector);
    }

    /** A unit vector near {@code center}: cosine about 1 / sqrt(1 + noise²). */
    static float[] near(Random random, float[] center, double noise) {
        float[] vector = new float[center.length];
        double perAxis = noise / Math.sqrt(center.length);
        for (int i = 0; i < center.length; i++) {
            vector[i] = (float) (center[i] + random.nextGaussian() * perAxis);
        }
        return normalize(vector);
    }

    static float[] normalize(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float inverse = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= inverse;
        }
        return vector;
    }

    static double cosine(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Rows get post ids 1..n (post id = index + 1). */
    static Int8VectorTable table(float[][] vectors) {
        Int8VectorTable.Builder table = Int8VectorTable.builder(vectors[0].length, vectors.length);
        for (int i = 0; i < vectors.length; i++) {
            table.add(i + 1, Int8Vector.quantize(vectors[i]));
        }
        return table.build();
    }
}
