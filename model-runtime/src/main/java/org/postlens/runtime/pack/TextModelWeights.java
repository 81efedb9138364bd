package org.postlens.runtime.pack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.initializer.Initializer;
import ai.djl.nn.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postlens.runtime.text.HashedNgrams;

/**
 * A {@link TextModelBlock}'s parameters copied into Java arrays once, and its forward pass in plain Java.
 * The model is a sparse sum plus (at most) two small matrix products: per text that is a few microseconds
 * here, where a DJL call costs far more than the arithmetic, and it is the same for a text whatever batch it
 * comes in.
 */
public final class TextModelWeights {

    private final TextModelSpec spec;
    private final float[] ngrams;
    private final float[] hiddenWeight;
    private final float[] hiddenBias;
    private final float[] vectorWeight;
    private final float[] bias;

    private TextModelWeights(TextModelSpec spec, float[] ngrams, float[] hiddenWeight, float[] hiddenBias,
            float[] vectorWeight, float[] bias) {
        this.spec = spec;
        this.ngrams = ngrams;
        this.hiddenWeight = hiddenWeight;
        this.hiddenBias = hiddenBias;
        this.vectorWeight = vectorWeight;
        this.bias = bias;
    }

    /** Copies the block's current parameter values. */
    public static TextModelWeights of(TextModelBlock block) {
        Map<String, Parameter> parameters = block.parametersByName();
        return new TextModelWeights(block.spec(), floats(parameters, "ngrams"), floats(parameters, "hidden_weight"),
                floats(parameters, "hidden_bias"), floats(parameters, "vector_weight"), floats(parameters, "bias"));
    }

    private static float[] floats(Map<String, Parameter> parameters, String name) {
        Parameter parameter = parameters.get(name);
        if (parameter == null) {
            return null;
        }
        NDArray array = parameter.getArray();
        if (array.getDataType() == DataType.FLOAT32) {
            return array.toFloatArray();
        }
        try (NDArray wide = array.toType(DataType.FLOAT32, true)) {
            return wide.toFloatArray();
        }
    }

    /**
     * Initializes a fresh (uninitialized) block with these values as a pack stores them: the n-gram table as
     * {@link TextModelBlock#NGRAM_TABLE_TYPE}, the rest as float32.
     */
    public void initializeAsStored(TextModelBlock block, NDManager manager) {
        Map<String, float[]> values = values();
        for (Map.Entry<String, float[]> entry : values.entrySet()) {
            boolean table = entry.getKey().equals("ngrams");
            Initializer initializer = (m, shape, type) -> {
                NDArray array = m.create(entry.getValue(), shape);
                return table ? array.toType(TextModelBlock.NGRAM_TABLE_TYPE, false) : array;
            };
            block.setInitializer(initializer, entry.getKey());
        }
        block.initialize(manager, DataType.FLOAT32, block.inputShapes(1));
    }

    /** These weights rounded as a pack stores them, so that a model scores exactly as its pack will. */
    public TextModelWeights asStored(NDManager manager) {
        if (ngrams == null) {
            return this;
        }
        try (NDArray array = manager.create(ngrams);
                NDArray narrow = array.toType(TextModelBlock.NGRAM_TABLE_TYPE, false);
                NDArray wide = narrow.toType(DataType.FLOAT32, false)) {
            return new TextModelWeights(spec, wide.toFloatArray(), hiddenWeight, hiddenBias, vectorWeight, bias);
        }
    }

    private Map<String, float[]> values() {
        Map<String, float[]> values = new LinkedHashMap<>();
        values.put("ngrams", ngrams);
        values.put("hidden_weight", hiddenWeight);
        values.put("hidden_bias", hiddenBias);
        values.put("vector_weight", vectorWeight);
        values.put("bias", bias);
        values.values().removeIf(java.util.Objects::isNull);
        return values;
    }

    public TextModelSpec spec() {
        return spec;
    }

    /** The same weights with {@code shift[l]} added to label l's bias. */
    public TextModelWeights withBiasShift(float[] shift) {
        float[] shifted = bias.clone();
        for (int l = 0; l < shifted.length; l++) {
            shifted[l] += shift[l];
        }
        return new TextModelWeights(spec, ngrams, hiddenWeight, hiddenBias, vectorWeight, shifted);
    }

    /**
     * One text's logits.
     *
     * @param features its n-grams; ignored (may be null) when the model reads none
     * @param vector its encoder vector; ignored (may be null) when the model reads none
     */
    public float[] logits(HashedNgrams features, float[] vector) {
        int labels = spec.labelCount();
        float[] logits = bias.clone();
        if (spec.readsNgrams()) {
            int[] buckets = features.buckets();
            float[] weights = features.weights();
            for (int i = 0; i < buckets.length; i++) {
                int row = buckets[i] * labels;
                float weight = weights[i];
                for (int l = 0; l < labels; l++) {
                    logits[l] += weight * ngrams[row + l];
                }
            }
        }
        if (spec.readsVectors()) {
            if (vector == null || vector.length != spec.vectorSize()) {
                throw new IllegalArgumentException("the model reads " + spec.vectorSize() + "-d vectors from "
                        + spec.encoderId() + ", got " + (vector == null ? "none" : vector.length + "-d"));
            }
            float[] input = vector;
            if (spec.hiddenSize() > 0) {
                input = new float[spec.hiddenSize()];
                for (int h = 0; h < input.length; h++) {
                    input[h] = Math.max(0f, hiddenBias[h] + dot(hiddenWeight, h * vector.length, vector));
                }
            }
            for (int l = 0; l < labels; l++) {
                logits[l] += dot(vectorWeight, l * input.length, input);
            }
        }
        return logits;
    }

    /** The weight of one n-gram bucket for each label (a row of the n-gram table). */
    public float[] ngramRow(int bucket) {
        int labels = spec.labelCount();
        float[] row = new float[labels];
        System.arraycopy(ngrams, bucket * labels, row, 0, labels);
        return row;
    }

    private static float dot(float[] matrix, int offset, float[] vector) {
        float sum = 0;
        for (int i = 0; i < vector.length; i++) {
            sum += matrix[offset + i] * vector[i];
        }
        return sum;
    }
}
