package org.postlens.runtime.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Map;

/**
 * One transformer layer, as Hugging Face's {@code BertLayer}: self-attention, then feed-forward, each with its
 * residual and post-LayerNorm. Inputs: hidden states [B,T,H] and the additive mask [B,1,1,T]; output [B,T,H].
 */
public final class BertLayerBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final BertAttentionBlock attention;
    private final BertFeedForwardBlock feedForward;

    public BertLayerBlock(BertConfig config) {
        super(VERSION);
        this.attention = addChildBlock("attention", new BertAttentionBlock(config));
        this.feedForward = addChildBlock("feedForward", new BertFeedForwardBlock(config));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray attended = attention.forward(store, inputs, training).singletonOrThrow();
        return feedForward.forward(store, new NDList(attended), training);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        attention.initialize(manager, dataType, inputShapes);
        feedForward.initialize(manager, dataType, inputShapes[0]);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    void collectHuggingFaceParameters(String prefix, Map<String, HuggingFaceParameters.Slot> into) {
        attention.collectHuggingFaceParameters(prefix + ".attention", into);
        feedForward.collectHuggingFaceParameters(prefix, into);
    }
}
