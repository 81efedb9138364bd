package org.postlens.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/** Token batch in, one L2-normalised mean-pooled vector per text out. */
final class MiniLmTranslator implements NoBatchifyTranslator<TokenBatch, float[][]> {

    static final int DIMENSION = 384;

    private static final String MASK_KEY = "attentionMask";

    @Override
    public NDList processInput(TranslatorContext ctx, TokenBatch batch) {
        ctx.setAttachment(MASK_KEY, batch.attentionMask());
        NDManager manager = ctx.getNDManager();
        Shape shape = new Shape(batch.size(), batch.length());
        NDArray ids = manager.create(batch.flatIds(), shape);
        ids.setName("input_ids");
        NDArray mask = manager.create(batch.flatMask(), shape);
        mask.setName("attention_mask");
        NDArray types = manager.zeros(shape, ids.getDataType());
        types.setName("token_type_ids");
        return new NDList(ids, mask, types);
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList output) {
        long[][] mask = (long[][]) ctx.getAttachment(MASK_KEY);
        NDArray hidden = output.get("last_hidden_state");
        if (hidden == null) {
            hidden = output.get(0);
        }
        float[] values = hidden.toFloatArray();
        int length = Math.toIntExact(hidden.getShape().get(1));
        float[][] vectors = new float[mask.length][];
        for (int row = 0; row < mask.length; row++) {
            vectors[row] = meanPool(values, row, length, mask[row]);
            normalise(vectors[row]);
        }
        return vectors;
    }

    private static float[] meanPool(float[] hidden, int row, int length, long[] mask) {
        double[] sum = new double[DIMENSION];
        int count = 0;
        for (int token = 0; token < length; token++) {
            if (mask[token] == 0) {
                continue;
            }
            count++;
            int offset = (row * length + token) * DIMENSION;
            for (int d = 0; d < DIMENSION; d++) {
                sum[d] += hidden[offset + d];
            }
        }
        float[] mean = new float[DIMENSION];
        for (int d = 0; d < DIMENSION; d++) {
            mean[d] = (float) (sum[d] / Math.max(count, 1));
        }
        return mean;
    }

    private static void normalise(float[] vector) {
        double squares = 0;
        for (float v : vector) {
            squares += (double) v * v;
        }
        double norm = Math.max(Math.sqrt(squares), 1e-12);
        for (int d = 0; d < vector.length; d++) {
            vector[d] = (float) (vector[d] / norm);
        }
    }
}
