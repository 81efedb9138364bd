package org.postlens.runtime.pack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The block behind {@code postlens.architecture=text-model} packs: a linear model over hashed n-grams, a
 * logistic or one-hidden-layer head on an encoder vector, or both added together.
 *
 * <pre>
 *   ngram_ids [B,K], ngram_weights [B,K] ──► Σ_k weight · ngrams[id]   (ngrams [buckets, labels]) ─┐
 *   vector [B,V] ──► (ReLU(hidden_weight · v + hidden_bias)) ──► vector_weight [labels, V or H]  ─┼─► + bias ──► logits [B,labels]
 * </pre>
 *
 * The n-gram table is an embedding bag as wide as the label count: a linear model over weighted n-gram
 * counts, small enough to ship (2^17 buckets x 3 labels = 1.5 MB). Inputs, in this order, only those the
 * spec reads: {@code ngram_ids} (int64, padded with weight 0), {@code ngram_weights} (float32), {@code vector}.
 * Parameters, in the order {@code model.save} writes them: {@code ngrams}, {@code hidden_weight},
 * {@code hidden_bias}, {@code vector_weight}, {@code bias} (those the spec has).
 */
public final class TextModelBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    /**
     * How packs store the n-gram table: float16 halves the pack (twice the buckets for the same size, worth
     * about 1.5 macro-F1 points from 2^17 to 2^19 buckets on TweetEval emotion); its rounding (about 5e-4
     * relative) does not matter for a linear model. Training runs in float32.
     */
    public static final DataType NGRAM_TABLE_TYPE = DataType.FLOAT16;

    private final TextModelSpec spec;
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, Shape> shapes = new LinkedHashMap<>();

    public TextModelBlock(TextModelSpec spec) {
        super(VERSION);
        this.spec = spec;
        int labels = spec.labelCount();
        if (spec.readsNgrams()) {
            declare("ngrams", Parameter.Type.WEIGHT, new Shape(spec.buckets(), labels));
        }
        if (spec.readsVectors()) {
            int width = spec.vectorSize();
            if (spec.hiddenSize() > 0) {
                declare("hidden_weight", Parameter.Type.WEIGHT, new Shape(spec.hiddenSize(), spec.vectorSize()));
                declare("hidden_bias", Parameter.Type.BIAS, new Shape(spec.hiddenSize()));
                width = spec.hiddenSize();
            }
            declare("vector_weight", Parameter.Type.WEIGHT, new Shape(labels, width));
        }
        declare("bias", Parameter.Type.BIAS, new Shape(labels));
        List<String> inputs = new ArrayList<>();
        if (spec.readsNgrams()) {
            inputs.add("ngram_ids");
            inputs.add("ngram_weights");
        }
        if (spec.readsVectors()) {
            inputs.add("vector");
        }
        this.inputNames = List.copyOf(inputs);
    }

    private void declare(String name, Parameter.Type type, Shape shape) {
        parameters.put(name, addParameter(Parameter.builder().setName(name).setType(type).optShape(shape).build()));
        shapes.put(name, shape);
    }

    public TextModelSpec spec() {
        return spec;
    }

    /** The parameters by name, in saving order. */
    public Map<String, Parameter> parametersByName() {
        return java.util.Collections.unmodifiableMap(parameters);
    }

    /** The shapes of {@link #initialize} inputs for a batch of one with {@code ngramCount} n-grams. */
    public Shape[] inputShapes(int ngramCount) {
        List<Shape> list = new ArrayList<>();
        if (spec.readsNgrams()) {
            list.add(new Shape(1, ngramCount));
            list.add(new Shape(1, ngramCount));
        }
        if (spec.readsVectors()) {
            list.add(new Shape(1, spec.vectorSize()));
        }
        return list.toArray(Shape[]::new);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        int next = 0;
        NDArray logits = null;
        NDArray first = inputs.get(0);
        if (spec.readsNgrams()) {
            NDArray ids = inputs.get(next++);
            NDArray weights = inputs.get(next++);
            NDArray table = value(store, "ngrams", first, training);
            NDArray rows = Embedding.embedding(ids, table, SparseFormat.DENSE).singletonOrThrow(); // [B,K,labels]
            logits = rows.mul(weights.expandDims(2)).sum(new int[] {1});
        }
        if (spec.readsVectors()) {
            NDArray vector = inputs.get(next);
            if (spec.hiddenSize() > 0) {
                vector = Activation.relu(Linear.linear(vector, value(store, "hidden_weight", first, training),
                        value(store, "hidden_bias", first, training)).singletonOrThrow());
            }
            NDArray part = Linear.linear(vector, value(store, "vector_weight", first, training)).singletonOrThrow();
            logits = logits == null ? part : logits.add(part);
        }
        logits = logits.add(value(store, "bias", first, training));
        logits.setName("logits");
        return new NDList(logits);
    }

    private NDArray value(ParameterStore store, String name, NDArray onDevice, boolean training) {
        return store.getValue(parameters.get(name), onDevice.getDevice(), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), spec.labelCount())};
    }

    /**
     * After loading: null when every parameter holds an array of the declared shape, else what differs.
     * DJL's loader takes whatever shapes the file holds.
     */
    public String shapeProblem() {
        List<String> problems = new ArrayList<>();
        parameters.forEach((name, parameter) -> {
            Shape expected = shapes.get(name);
            Shape actual = parameter.isInitialized() ? parameter.getArray().getShape() : null;
            if (!expected.equals(actual)) {
                problems.add(name + " is " + (actual == null ? "missing" : actual) + ", expected " + expected);
            }
        });
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    @Override
    public String toString() {
        return "TextModel(buckets=" + spec.buckets() + ", vector=" + spec.vectorSize() + ", hidden=" + spec.hiddenSize()
                + ", labels=" + spec.labelCount() + ")";
    }
}
