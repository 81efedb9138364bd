package org.postlens.runtime.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Map;

/**
 * BERT's input embeddings, as Hugging Face's {@code BertEmbeddings}: word + position + token type, then
 * LayerNorm and dropout. Inputs: {@code input_ids} [B,T] and, optionally, {@code token_type_ids} [B,T] (zeros
 * when absent); output [B,T,H].
 */
public final class BertEmbeddingsBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final BertConfig config;
    private final Parameter words;
    private final Parameter positions;
    private final Parameter tokenTypes;
    private final LayerNorm norm;

    public BertEmbeddingsBlock(BertConfig config) {
        super(VERSION);
        this.config = config;
        this.words = addParameter(Parameter.builder().setName("word_embeddings").setType(Parameter.Type.WEIGHT).build());
        this.positions = addParameter(Parameter.builder().setName("position_embeddings").setType(Parameter.Type.WEIGHT).build());
        this.tokenTypes = addParameter(Parameter.builder().setName("token_type_embeddings").setType(Parameter.Type.WEIGHT).build());
        this.norm = addChildBlock("LayerNorm", LayerNorm.builder().axis(2).optEpsilon(config.layerNormEpsilon()).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.get(0);
        NDArray types = inputs.size() > 1 ? inputs.get(1) : ids.zerosLike();
        long length = ids.getShape().get(1);
        // Position ids are made per batch, on the batch's manager: slicing the parameter would attach each slice
        // to the model's manager and keep it for the model's life.
        NDArray positionIds = ids.getManager().arange(0f, length, 1f, DataType.INT64, ids.getDevice()).expandDims(0);
        NDArray sum = lookup(store, words, ids, training)
                .add(lookup(store, tokenTypes, types, training))
                .add(lookup(store, positions, positionIds, training));
        NDArray normalised = norm.forward(store, new NDList(sum), training).singletonOrThrow();
        return new NDList(TrainingDropout.apply(normalised, config.dropout(), training));
    }

    private static NDArray lookup(ParameterStore store, Parameter table, NDArray ids, boolean training) {
        NDArray values = store.getValue(table, ids.getDevice(), training);
        return Embedding.embedding(ids, values, SparseFormat.DENSE).singletonOrThrow();
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        words.setShape(new Shape(config.vocabSize(), config.hiddenSize()));
        positions.setShape(new Shape(config.maxPositions(), config.hiddenSize()));
        tokenTypes.setShape(new Shape(config.typeVocabSize(), config.hiddenSize()));
    }

    @Override
    protected void initializeChildBlocks(ai.djl.ndarray.NDManager manager, DataType dataType, Shape... inputShapes) {
        norm.initialize(manager, dataType, hiddenShape(inputShapes[0]));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {hiddenShape(inputShapes[0])};
    }

    private Shape hiddenShape(Shape ids) {
        return new Shape(ids.get(0), ids.get(1), config.hiddenSize());
    }

    void collectHuggingFaceParameters(String prefix, Map<String, HuggingFaceParameters.Slot> into) {
        long hidden = config.hiddenSize();
        HuggingFaceParameters.put(into, prefix + ".word_embeddings.weight", words, new Shape(config.vocabSize(), hidden));
        HuggingFaceParameters.put(into, prefix + ".position_embeddings.weight", positions, new Shape(config.maxPositions(), hidden));
        HuggingFaceParameters.put(into, prefix + ".token_type_embeddings.weight", tokenTypes, new Shape(config.typeVocabSize(), hidden));
        HuggingFaceParameters.layerNorm(into, prefix + ".LayerNorm", norm, hidden);
    }
}
