package org.postlens.runtime.encoder;

import java.util.Arrays;

/** A float32 tensor read from a model file: its dimensions and its values in row-major order. */
public record FloatTensor(long[] dims, float[] values) {

    public FloatTensor {
        long size = Arrays.stream(dims).reduce(1, Math::multiplyExact);
        if (size != values.length) {
            throw new IllegalArgumentException("Dimensions " + Arrays.toString(dims) + " hold " + size + " values, not " + values.length);
        }
    }

    /** The transposition of a matrix: ONNX MatMul weights are [in, out], a Linear layer's weight [out, in]. */
    public FloatTensor transposed() {
        if (dims.length != 2) {
            throw new IllegalStateException("Only a matrix can be transposed, not " + Arrays.toString(dims));
        }
        int rows = Math.toIntExact(dims[0]);
        int cols = Math.toIntExact(dims[1]);
        float[] out = new float[values.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = values[r * cols + c];
            }
        }
        return new FloatTensor(new long[] {cols, rows}, out);
    }

    @Override
    public String toString() {
        return "FloatTensor" + Arrays.toString(dims);
    }
}
