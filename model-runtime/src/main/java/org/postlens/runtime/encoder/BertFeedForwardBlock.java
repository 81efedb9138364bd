package org.postlens.runtime.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Map;

/**
 * The position-wise feed-forward part of a BERT layer, as Hugging Face's {@code BertIntermediate} and
 * {@code BertOutput}: Linear to the intermediate size, exact (erf) GELU, Linear back, residual and LayerNorm.
 * [B,T,H] in and out.
 */
public final class BertFeedForwardBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final BertConfig config;
    private final Linear intermediate;
    private final Linear output;
    private final LayerNorm norm;

    public BertFeedForwardBlock(BertConfig config) {
        super(VERSION);
        this.config = config;
        this.intermediate = addChildBlock("intermediate", Linear.builder().setUnits(config.intermediateSize()).build());
        this.output = addChildBlock("output", Linear.builder().setUnits(config.hiddenSize()).build());
        this.norm = addChildBlock("LayerNorm", LayerNorm.builder().axis(2).optEpsilon(config.layerNormEpsilon()).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray hidden = inputs.singletonOrThrow();
        NDArray expanded = Activation.gelu(intermediate.forward(store, new NDList(hidden), training).singletonOrThrow());
        NDArray projected = output.forward(store, new NDList(expanded), training).singletonOrThrow();
        projected = TrainingDropout.apply(projected, config.dropout(), training);
        return norm.forward(store, new NDList(projected.add(hidden)), training);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape hidden = inputShapes[0];
        intermediate.initialize(manager, dataType, hidden);
        output.initialize(manager, dataType, new Shape(hidden.get(0), hidden.get(1), config.intermediateSize()));
        norm.initialize(manager, dataType, hidden);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    void collectHuggingFaceParameters(String prefix, Map<String, HuggingFaceParameters.Slot> into) {
        long hidden = config.hiddenSize();
        HuggingFaceParameters.linear(into, prefix + ".intermediate.dense", intermediate, hidden, config.intermediateSize());
        HuggingFaceParameters.linear(into, prefix + ".output.dense", output, config.intermediateSize(), hidden);
        HuggingFaceParameters.layerNorm(into, prefix + ".output.LayerNorm", norm, hidden);
    }
}
