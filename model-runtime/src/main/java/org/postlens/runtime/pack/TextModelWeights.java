package org.postlens.runtime.pack;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
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
        return parameter == null ? null : parameter.getArray().toFloatArray();
    }

    /** Writes these values back into the block's parameters (same spec). */
    public void copyInto(TextModelBlock block) {
        Map<String, Parameter> parameters = block.parametersByName();
        set(parameters, "ngrams", ngrams);
        set(parameters, "hidden_weight", hiddenWeight);
        set(parameters, "hidden_bias", hiddenBias);
        set(parameters, "vector_weight", vectorWeight);
        set(parameters, "bias", bias);
    }

    private static void set(Map<String, Parameter> parameters, String name, float[] values) {
        if (values != null) {
            NDArray array = parameters.get(name).getArray();
            array.set(values);
        }
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
