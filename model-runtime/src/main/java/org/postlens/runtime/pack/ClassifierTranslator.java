package org.postlens.runtime.pack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import ai.djl.util.PairList;
import java.util.List;

/**
 * Token rows in, raw logits out ({@code [texts][labels]}). Feeds exactly the inputs the model declares,
 * in its order: Hugging Face exports of DistilBERT or RoBERTa take no {@code token_type_ids}, BERT's do.
 */
final class ClassifierTranslator implements NoBatchifyTranslator<TokenRows, float[][]> {

    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String TOKEN_TYPE_IDS = "token_type_ids";
    static final List<String> KNOWN_INPUTS = List.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS);

    private static final String TEXTS = "texts";

    private List<String> inputNames;

    /** @param inputNamesWithoutDeclaration what to feed when the model does not list its inputs */
    ClassifierTranslator(List<String> inputNamesWithoutDeclaration) {
        this.inputNames = List.copyOf(inputNamesWithoutDeclaration);
    }

    /** ONNX models list their inputs: feed those, in that order (checked against KNOWN_INPUTS at open). */
    @Override
    public void prepare(TranslatorContext ctx) {
        PairList<String, Shape> declared = ctx.getModel().describeInput();
        if (declared != null && !declared.isEmpty()) {
            inputNames = List.copyOf(declared.keys());
        }
    }

    @Override
    public NDList processInput(TranslatorContext ctx, TokenRows rows) {
        ctx.setAttachment(TEXTS, rows.size());
        NDManager manager = ctx.getNDManager();
        Shape shape = new Shape(rows.size(), rows.length());
        NDList inputs = new NDList(inputNames.size());
        for (String name : inputNames) {
            long[][] values = switch (name) {
                case INPUT_IDS -> rows.ids();
                case ATTENTION_MASK -> rows.attentionMask();
                case TOKEN_TYPE_IDS -> rows.typeIds();
                default -> throw new IllegalStateException("unknown model input " + name); // refused at open
            };
            NDArray array = manager.create(flatten(values, rows.length()), shape);
            array.setName(name);
            inputs.add(array);
        }
        return inputs;
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList outputs) {
        NDArray logits = outputs.get("logits");
        if (logits == null) {
            logits = outputs.get(0); // TorchScript outputs carry no names
        }
        Shape shape = logits.getShape();
        int texts = (Integer) ctx.getAttachment(TEXTS);
        if (shape.dimension() != 2 || shape.get(0) != texts) {
            throw new ModelOutputException("output " + (logits.getName() == null ? "0" : "'" + logits.getName() + "'")
                    + " has shape " + shape + " for " + texts + " texts; a text classifier gives (texts, labels)");
        }
        int width = Math.toIntExact(shape.get(1));
        float[] flat = logits.toType(DataType.FLOAT32, false).toFloatArray();
        float[][] rows = new float[texts][width];
        for (int row = 0; row < texts; row++) {
            System.arraycopy(flat, row * width, rows[row], 0, width);
        }
        return rows;
    }

    private static long[] flatten(long[][] rows, int length) {
        long[] flat = new long[rows.length * length];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * length, length);
        }
        return flat;
    }
}
