package org.postlens.runtime.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Map;

/**
 * Multi-head self-attention with its output projection, residual and LayerNorm, as Hugging Face's
 * {@code BertAttention}. Inputs: hidden states [B,T,H] and the additive attention mask [B,1,1,T] (0 where a
 * token is seen, the lowest float where it is padding); output [B,T,H].
 */
public final class BertAttentionBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final BertConfig config;
    private final Linear query;
    private final Linear key;
    private final Linear value;
    private final Linear output;
    private final LayerNorm norm;

    public BertAttentionBlock(BertConfig config) {
        super(VERSION);
        this.config = config;
        int hidden = config.hiddenSize();
        this.query = addChildBlock("query", Linear.builder().setUnits(hidden).build());
        this.key = addChildBlock("key", Linear.builder().setUnits(hidden).build());
        this.value = addChildBlock("value", Linear.builder().setUnits(hidden).build());
        this.output = addChildBlock("output", Linear.builder().setUnits(hidden).build());
        this.norm = addChildBlock("LayerNorm", LayerNorm.builder().axis(2).optEpsilon(config.layerNormEpsilon()).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray hidden = inputs.get(0);
        NDArray maskBias = inputs.get(1);
        Shape shape = hidden.getShape();
        NDArray q = heads(query.forward(store, new NDList(hidden), training).singletonOrThrow(), shape);
        NDArray k = heads(key.forward(store, new NDList(hidden), training).singletonOrThrow(), shape);
        NDArray v = heads(value.forward(store, new NDList(hidden), training).singletonOrThrow(), shape);
        NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).div((float) Math.sqrt(config.headSize())).add(maskBias);
        NDArray probabilities = TrainingDropout.apply(scores.softmax(-1), config.dropout(), training);
        NDArray context = probabilities.matMul(v).transpose(0, 2, 1, 3).reshape(shape);
        NDArray projected = output.forward(store, new NDList(context), training).singletonOrThrow();
        projected = TrainingDropout.apply(projected, config.dropout(), training);
        return norm.forward(store, new NDList(projected.add(hidden)), training);
    }

    /** [B,T,H] to [B,heads,T,headSize]. */
    private NDArray heads(NDArray states, Shape shape) {
        return states.reshape(shape.get(0), shape.get(1), config.heads(), config.headSize()).transpose(0, 2, 1, 3);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        for (Linear linear : new Linear[] {query, key, value, output}) {
            linear.initialize(manager, dataType, inputShapes[0]);
        }
        norm.initialize(manager, dataType, inputShapes[0]);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    void collectHuggingFaceParameters(String prefix, Map<String, HuggingFaceParameters.Slot> into) {
        long hidden = config.hiddenSize();
        HuggingFaceParameters.linear(into, prefix + ".self.query", query, hidden, hidden);
        HuggingFaceParameters.linear(into, prefix + ".self.key", key, hidden, hidden);
        HuggingFaceParameters.linear(into, prefix + ".self.value", value, hidden, hidden);
        HuggingFaceParameters.linear(into, prefix + ".output.dense", output, hidden, hidden);
        HuggingFaceParameters.layerNorm(into, prefix + ".output.LayerNorm", norm, hidden);
    }
}
