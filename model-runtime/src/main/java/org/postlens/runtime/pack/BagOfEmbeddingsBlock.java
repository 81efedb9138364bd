package org.postlens.runtime.pack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * The architecture behind {@code postlens.architecture=bag-of-embeddings} packs, whose model file is a DJL
 * {@code .params} file (parameters only; DJL needs the block to load them into).
 *
 * <pre>
 *   input_ids [B,T] ──► embedding [vocabSize, hiddenSize] ──► [B,T,H]
 *   attention_mask [B,T] ──► mean over the unmasked tokens ──► [B,H]
 *                            ──► linear (weight [labels, H], bias [labels]) ──► logits [B,labels]
 * </pre>
 *
 * Parameters, in the order {@code model.save} writes them: {@code embedding}, {@code weight}, {@code bias}.
 * Inputs are named {@code input_ids} and {@code attention_mask}; a third input (token types) is ignored.
 * Shapes come from serving.properties ({@code postlens.vocabSize}, {@code postlens.hiddenSize}) and the
 * pack's label list; {@link #shapeProblem()} compares them with what a file actually held.
 */
public final class BagOfEmbeddingsBlock extends AbstractBlock {

    /** The value of {@code postlens.architecture} for this block. */
    public static final String ARCHITECTURE = "bag-of-embeddings";
    public static final String VOCAB_SIZE_KEY = "postlens.vocabSize";
    public static final String HIDDEN_SIZE_KEY = "postlens.hiddenSize";

    private static final byte VERSION = 1;

    private final int vocabSize;
    private final int hiddenSize;
    private final int labelCount;
    private final Parameter embedding;
    private final Parameter weight;
    private final Parameter bias;

    public BagOfEmbeddingsBlock(int vocabSize, int hiddenSize, int labelCount) {
        super(VERSION);
        if (vocabSize < 1 || hiddenSize < 1 || labelCount < 1) {
            throw new IllegalArgumentException("vocabSize, hiddenSize and labelCount must be positive: "
                    + vocabSize + ", " + hiddenSize + ", " + labelCount);
        }
        this.vocabSize = vocabSize;
        this.hiddenSize = hiddenSize;
        this.labelCount = labelCount;
        this.embedding = addParameter(Parameter.builder().setName("embedding").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(vocabSize, hiddenSize)).build());
        this.weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(labelCount, hiddenSize)).build());
        this.bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS)
                .optShape(new Shape(labelCount)).build());
        this.inputNames = List.of(ClassifierTranslator.INPUT_IDS, ClassifierTranslator.ATTENTION_MASK);
    }

    public int vocabSize() { return vocabSize; }
    public int hiddenSize() { return hiddenSize; }
    public int labelCount() { return labelCount; }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.get(0);
        NDArray mask = inputs.get(1).toType(DataType.FLOAT32, false).expandDims(2); // [B,T,1]
        NDArray table = store.getValue(embedding, ids.getDevice(), training);
        NDArray tokens = Embedding.embedding(ids, table, SparseFormat.DENSE).singletonOrThrow(); // [B,T,H]
        NDArray mean = tokens.mul(mask).sum(new int[] {1}).div(mask.sum(new int[] {1}).maximum(1f)); // [B,H]
        NDArray logits = Linear.linear(mean, store.getValue(weight, ids.getDevice(), training),
                store.getValue(bias, ids.getDevice(), training)).singletonOrThrow();
        logits.setName("logits");
        return new NDList(logits);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), labelCount)};
    }

    /**
     * After loading: null when every parameter holds an array of the declared shape, else what differs.
     * DJL's loader takes whatever shapes the file holds, so a file saved for another vocabulary, width or
     * label count would otherwise load and fail (or mislabel) later.
     */
    public String shapeProblem() {
        List<String> problems = new ArrayList<>();
        for (Parameter parameter : List.of(embedding, weight, bias)) {
            Shape expected = switch (parameter.getName()) {
                case "embedding" -> new Shape(vocabSize, hiddenSize);
                case "weight" -> new Shape(labelCount, hiddenSize);
                default -> new Shape(labelCount);
            };
            Shape actual = parameter.isInitialized() ? parameter.getArray().getShape() : null;
            if (!expected.equals(actual)) {
                problems.add(parameter.getName() + " is " + (actual == null ? "missing" : actual) + ", expected " + expected);
            }
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    @Override
    public String toString() {
        return "BagOfEmbeddings(vocab=" + vocabSize + ", hidden=" + hiddenSize + ", labels=" + labelCount + ")";
    }
}
