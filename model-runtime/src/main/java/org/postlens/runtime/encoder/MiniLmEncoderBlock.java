package org.postlens.runtime.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A sentence encoder as sentence-transformers builds all-MiniLM-L6-v2: a BERT encoder (Hugging Face's
 * {@code BertModel} without its pooler), mean pooling over the attention mask, L2 normalisation. Built from DJL
 * blocks with parameters, so it trains on DJL's PyTorch engine like any other block.
 *
 * <pre>
 *   input_ids [B,T], attention_mask [B,T] (1 = token, 0 = padding), optional token_type_ids [B,T]
 *     ──► embeddings ──► layers x N ──► mean over unmasked tokens ──► / L2 norm ──► [B,H]
 * </pre>
 *
 * <p>Weights: {@link #loadHuggingFaceWeights} takes a Hugging Face state dict (such as
 * {@link BertStateDict#fromOnnx}) before {@code initialize}; without it, {@code initialize} draws BERT's own
 * initialisation (normal, standard deviation 0.02; biases zero, LayerNorm one and zero).
 */
public final class MiniLmEncoderBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final BertConfig config;
    private final BertEmbeddingsBlock embeddings;
    private final List<BertLayerBlock> layers = new ArrayList<>();

    public MiniLmEncoderBlock(BertConfig config) {
        super(VERSION);
        this.config = config;
        this.embeddings = addChildBlock("embeddings", new BertEmbeddingsBlock(config));
        for (int i = 0; i < config.layers(); i++) {
            layers.add(addChildBlock("layer" + i, new BertLayerBlock(config)));
        }
        setInitializer(new NormalInitializer(0.02f), Parameter.Type.WEIGHT);
        this.inputNames = List.of("input_ids", "attention_mask", "token_type_ids");
    }

    public BertConfig config() {
        return config;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.get(0);
        NDArray mask = inputs.get(1).toType(DataType.FLOAT32, false);
        NDList embeddingInputs = inputs.size() > 2 ? new NDList(ids, inputs.get(2)) : new NDList(ids);
        NDArray hidden = embeddings.forward(store, embeddingInputs, training).singletonOrThrow();
        // As Hugging Face: padding gets the lowest float added to its attention scores, i.e. no weight after softmax.
        long batch = mask.getShape().get(0);
        long length = mask.getShape().get(1);
        NDArray maskBias = mask.neg().add(1f).mul(-Float.MAX_VALUE).reshape(batch, 1, 1, length);
        for (BertLayerBlock layer : layers) {
            hidden = layer.forward(store, new NDList(hidden, maskBias), training).singletonOrThrow();
        }
        NDArray weights = mask.expandDims(2); // [B,T,1]
        NDArray mean = hidden.mul(weights).sum(new int[] {1}).div(weights.sum(new int[] {1}).maximum(1e-9f));
        NDArray norm = mean.norm(new int[] {1}, true).maximum(1e-12f);
        NDArray vectors = mean.div(norm);
        vectors.setName("sentence_embedding");
        return new NDList(vectors);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape ids = inputShapes[0];
        embeddings.initialize(manager, dataType, ids);
        Shape hidden = new Shape(ids.get(0), ids.get(1), config.hiddenSize());
        Shape maskBias = new Shape(ids.get(0), 1, 1, ids.get(1));
        for (BertLayerBlock layer : layers) {
            layer.initialize(manager, dataType, hidden, maskBias);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), config.hiddenSize())};
    }

    /**
     * Sets every parameter from a Hugging Face BERT state dict (names such as
     * {@code encoder.layer.0.attention.self.query.weight}, PyTorch layouts). Call before {@code initialize}; the
     * arrays are created on {@code manager} (the model's). Refuses, setting nothing, when a weight is missing or
     * has the wrong shape; weights the encoder does not use (BERT's pooler) are ignored.
     */
    public void loadHuggingFaceWeights(Map<String, FloatTensor> stateDict, NDManager manager) {
        Map<String, HuggingFaceParameters.Slot> slots = huggingFaceParameters();
        List<String> problems = new ArrayList<>();
        TreeSet<String> missing = new TreeSet<>(slots.keySet());
        missing.removeAll(stateDict.keySet());
        if (!missing.isEmpty()) {
            problems.add("missing " + missing);
        }
        for (Map.Entry<String, HuggingFaceParameters.Slot> slot : slots.entrySet()) {
            FloatTensor tensor = stateDict.get(slot.getKey());
            if (tensor != null && !Arrays.equals(tensor.dims(), slot.getValue().shape().getShape())) {
                problems.add(slot.getKey() + " is " + Arrays.toString(tensor.dims()) + ", expected " + slot.getValue().shape());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The weights do not fit " + config + ": " + String.join("; ", problems));
        }
        for (Map.Entry<String, HuggingFaceParameters.Slot> slot : slots.entrySet()) {
            FloatTensor tensor = stateDict.get(slot.getKey());
            slot.getValue().parameter().setArray(manager.create(tensor.values(), slot.getValue().shape()));
        }
    }

    /**
     * The parameters under their Hugging Face names, in the order of {@code BertModel.state_dict()}: the names a
     * pack of changed weights can be written and read back by.
     */
    public Map<String, Parameter> parametersByHuggingFaceName() {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        huggingFaceParameters().forEach((name, slot) -> parameters.put(name, slot.parameter()));
        return parameters;
    }

    Map<String, HuggingFaceParameters.Slot> huggingFaceParameters() {
        Map<String, HuggingFaceParameters.Slot> slots = new LinkedHashMap<>();
        embeddings.collectHuggingFaceParameters("embeddings", slots);
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).collectHuggingFaceParameters("encoder.layer." + i, slots);
        }
        return slots;
    }

    @Override
    public String toString() {
        return "MiniLmEncoder(" + config + ")";
    }
}
