package org.postlens.runtime.multitask;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postlens.runtime.encoder.MiniLmEncoderBlock;

/**
 * One sentence encoder and one linear head per task on its pooled vector. A forward pass gives every head's logits
 * at once: {@code [vectors, logits of task 0, logits of task 1, …]}.
 */
final class MultiTaskBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final MiniLmEncoderBlock encoder;
    private final List<Block> heads = new ArrayList<>();

    MultiTaskBlock(MiniLmEncoderBlock encoder, List<Integer> labelsPerTask) {
        super(VERSION);
        this.encoder = addChildBlock("encoder", encoder);
        for (int t = 0; t < labelsPerTask.size(); t++) {
            heads.add(addChildBlock("head" + t, Linear.builder().setUnits(labelsPerTask.get(t)).build()));
        }
    }

    MiniLmEncoderBlock encoder() {
        return encoder;
    }

    int tasks() {
        return heads.size();
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray vectors = encoder.forward(store, inputs, training).singletonOrThrow();
        NDList outputs = new NDList(vectors);
        for (Block head : heads) {
            outputs.add(head.forward(store, new NDList(vectors), training).singletonOrThrow());
        }
        return outputs;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes);
        Shape vectors = new Shape(inputShapes[0].get(0), encoder.config().hiddenSize());
        for (Block head : heads) {
            head.initialize(manager, dataType, vectors);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] shapes = new Shape[heads.size() + 1];
        shapes[0] = new Shape(inputShapes[0].get(0), encoder.config().hiddenSize());
        for (int t = 0; t < heads.size(); t++) {
            shapes[t + 1] = heads.get(t).getOutputShapes(new Shape[] {shapes[0]})[0];
        }
        return shapes;
    }

    /**
     * Every parameter under a stable name: the encoder's by their Hugging Face names, head {@code t}'s as
     * {@code head.t.weight} ([labels, hidden]) and {@code head.t.bias}.
     */
    Map<String, Parameter> parametersByName() {
        Map<String, Parameter> named = new LinkedHashMap<>(encoder.parametersByHuggingFaceName());
        for (int t = 0; t < heads.size(); t++) {
            named.put(headName(t, "weight"), heads.get(t).getParameters().get("weight"));
            named.put(headName(t, "bias"), heads.get(t).getParameters().get("bias"));
        }
        return named;
    }

    static String headName(int task, String part) {
        return "head." + task + "." + part;
    }

    static boolean isHead(String name) {
        return name.startsWith("head.");
    }
}
