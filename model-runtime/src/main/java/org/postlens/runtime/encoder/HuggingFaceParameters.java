package org.postlens.runtime.encoder;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.Map;

/**
 * Names DJL layers' parameters as Hugging Face names the same weights, with the shape each must have, so that a
 * Hugging Face state dict can be loaded by name and checked before anything is set.
 */
final class HuggingFaceParameters {

    /** A parameter and the shape its weights must have. */
    record Slot(Parameter parameter, Shape shape) {}

    private HuggingFaceParameters() {}

    static void put(Map<String, Slot> into, String name, Parameter parameter, Shape shape) {
        if (into.put(name, new Slot(parameter, shape)) != null) {
            throw new IllegalStateException("Two parameters named " + name);
        }
    }

    /** A {@code Linear} layer: weight [out, in] and bias [out], as PyTorch's {@code nn.Linear}. */
    static void linear(Map<String, Slot> into, String prefix, Block linear, long in, long out) {
        put(into, prefix + ".weight", linear.getParameters().get("weight"), new Shape(out, in));
        put(into, prefix + ".bias", linear.getParameters().get("bias"), new Shape(out));
    }

    /** A {@code LayerNorm}: DJL's gamma and beta are PyTorch's weight and bias. */
    static void layerNorm(Map<String, Slot> into, String prefix, Block norm, long size) {
        put(into, prefix + ".weight", norm.getParameters().get("gamma"), new Shape(size));
        put(into, prefix + ".bias", norm.getParameters().get("beta"), new Shape(size));
    }
}
