package org.postlens.runtime.pack;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.engine.EngineException;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import ai.djl.util.PairList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.TextClassifier;

/**
 * A {@link TextClassifier} over a model pack, on whichever DJL engine the pack names. Loads only local
 * files: the model file by path and the pack's own {@code tokenizer.json}.
 *
 * <p>Deterministic to the last bit: texts run in groups of equal token length, so no padding is ever
 * added (a text's scores cannot depend on its neighbours, even for a model that ignores the attention
 * mask), and never as a batch of one (see {@link #logits}). ONNX Runtime runs on one intra-op thread so
 * that the thread count cannot change the rounding either. Calls are serialised on one predictor.
 */
public final class DjlTextClassifier implements TextClassifier {

    private static final int MAX_BATCH = 32;

    private final ModelPack pack;
    private final HuggingFaceTokenizer tokenizer;
    private final ZooModel<TokenRows, float[][]> model;
    private final Predictor<TokenRows, float[][]> predictor;
    private final ScoreFunction scoreFunction;
    private final ModelInfo info;
    private boolean closed;

    private DjlTextClassifier(ModelPack pack, HuggingFaceTokenizer tokenizer, ZooModel<TokenRows, float[][]> model) {
        this.pack = pack;
        this.tokenizer = tokenizer;
        this.model = model;
        this.predictor = model.newPredictor();
        this.scoreFunction = pack.multiLabel() ? ScoreFunction.SIGMOID : ScoreFunction.SOFTMAX;
        this.info = new ModelInfo(pack.id(), pack.version(), pack.labels().size(), pack.engine(),
                deviceName(model.getNDManager().getDevice()));
    }

    /** "cpu" or "gpu(N)", as the encoder records it (DJL's own toString gives "cpu()" on some engines). */
    private static String deviceName(Device device) {
        return device.isGpu() ? "gpu(" + device.getDeviceId() + ")" : "cpu";
    }

    /** Opens the pack on the engine's default device. */
    public static DjlTextClassifier open(ModelPack pack) throws InvalidModelPackException {
        return open(pack, null);
    }

    /** @param device where to run, or null for the engine's default (the GPU when it sees one) */
    public static DjlTextClassifier open(ModelPack pack, Device device) throws InvalidModelPackException {
        String file = pack.modelFile().getFileName().toString();
        HuggingFaceTokenizer tokenizer;
        try {
            tokenizer = HuggingFaceTokenizer.newInstance(pack.tokenizerFile(), tokenizerOptions(pack));
        } catch (IOException | RuntimeException e) {
            throw new InvalidModelPackException(pack.id(), ModelPackLoader.TOKENIZER + " cannot be loaded: " + e.getMessage(), e);
        }
        ZooModel<TokenRows, float[][]> model = null;
        try {
            model = load(pack, device);
            checkInputs(pack, model);
            return new DjlTextClassifier(pack, tokenizer, model);
        } catch (IOException | ModelNotFoundException | MalformedModelException | EngineException e) {
            tokenizer.close();
            throw new InvalidModelPackException(pack.id(), file + " cannot be loaded by " + pack.engine() + ": " + e.getMessage(), e);
        } catch (InvalidModelPackException | RuntimeException e) {
            tokenizer.close();
            if (model != null) {
                model.close();
            }
            throw e;
        }
    }

    private static ZooModel<TokenRows, float[][]> load(ModelPack pack, Device device)
            throws IOException, ModelNotFoundException, MalformedModelException, InvalidModelPackException {
        if (ParamsModels.isParams(pack)) {
            // Parameters only: load them into the block the pack declares (see ParamsModels).
            return new ZooModel<>(ParamsModels.load(pack, device), new ClassifierTranslator(inputNamesWithoutDeclaration(pack)));
        }
        Criteria.Builder<TokenRows, float[][]> criteria = Criteria.builder()
                .setTypes(TokenRows.class, float[][].class)
                .optModelPath(pack.modelFile()) // a local file: nothing to resolve, nothing to download
                .optEngine(pack.engine())
                .optTranslator(new ClassifierTranslator(inputNamesWithoutDeclaration(pack)))
                .optOption("intraOpNumThreads", "1") // ONNX Runtime's; PyTorch ignores them
                .optOption("interOpNumThreads", "1");
        if (device != null) {
            criteria.optDevice(device);
        }
        return criteria.build().loadModel();
    }

    /** TorchScript files do not declare their inputs: trust serving.properties' includeTokenTypes. */
    private static List<String> inputNamesWithoutDeclaration(ModelPack pack) {
        return pack.declaresTokenTypes()
                ? List.of(ClassifierTranslator.INPUT_IDS, ClassifierTranslator.ATTENTION_MASK, ClassifierTranslator.TOKEN_TYPE_IDS)
                : List.of(ClassifierTranslator.INPUT_IDS, ClassifierTranslator.ATTENTION_MASK);
    }

    private static void checkInputs(ModelPack pack, ZooModel<TokenRows, float[][]> model) throws InvalidModelPackException {
        PairList<String, Shape> declared = model.describeInput();
        if (declared == null) {
            return;
        }
        for (String name : declared.keys()) {
            if (!ClassifierTranslator.KNOWN_INPUTS.contains(name)) {
                throw new InvalidModelPackException(pack.id(), pack.modelFile().getFileName() + " takes an input '" + name
                        + "'; a text classifier feeds only " + ClassifierTranslator.KNOWN_INPUTS);
            }
        }
    }

    private static Map<String, String> tokenizerOptions(ModelPack pack) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("addSpecialTokens", "true");
        options.put("padding", "false"); // some exports (langchain4j's) pad to 128 by default
        options.put("truncation", "true");
        options.put("maxLength", Integer.toString(pack.maxLength()));
        return options;
    }

    @Override
    public ModelInfo model() {
        return info;
    }

    @Override
    public List<String> labels() {
        return pack.labels();
    }

    @Override
    public boolean multiLabel() {
        return pack.multiLabel();
    }

    public ModelPack pack() {
        return pack;
    }

    @Override
    public Prediction classify(String text) {
        return classify(List.of(text)).get(0);
    }

    @Override
    public List<Prediction> classify(List<String> texts) {
        float[][] logits = logits(texts);
        List<Prediction> predictions = new ArrayList<>(texts.size());
        for (float[] row : logits) {
            if (row.length != pack.labels().size()) {
                throw new ModelOutputException("pack '" + pack.id() + "' gives " + row.length + " scores but has "
                        + pack.labels().size() + " labels");
            }
            predictions.add(prediction(scoreFunction.apply(row)));
        }
        return predictions;
    }

    /** Raw model outputs, one row per text, in order; texts of equal token length run together. */
    float[][] logits(List<String> texts) {
        Encoding[] encodings = new Encoding[texts.size()];
        Map<Integer, List<Integer>> byLength = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            encodings[i] = tokenizer.encode(texts.get(i));
            byLength.computeIfAbsent(encodings[i].getIds().length, length -> new ArrayList<>()).add(i);
        }
        float[][] logits = new float[texts.size()][];
        for (List<Integer> sameLength : byLength.values()) {
            for (int from = 0; from < sameLength.size(); from += MAX_BATCH) {
                List<Integer> chunk = sameLength.subList(from, Math.min(from + MAX_BATCH, sameLength.size()));
                // A lone row is sent twice: ONNX Runtime multiplies a 1-row matrix on another code path
                // (GEMV) whose float rounding differs from the one used for 2 rows or more.
                List<Integer> fed = chunk.size() == 1 ? List.of(chunk.get(0), chunk.get(0)) : chunk;
                float[][] chunkLogits = run(rows(encodings, fed));
                for (int k = 0; k < chunk.size(); k++) {
                    logits[chunk.get(k)] = chunkLogits[k];
                }
            }
        }
        return logits;
    }

    private synchronized float[][] run(TokenRows rows) {
        if (closed) {
            throw new IllegalStateException("pack '" + pack.id() + "' is closed");
        }
        try {
            return predictor.predict(rows);
        } catch (TranslateException e) {
            if (e.getCause() instanceof ModelOutputException output) {
                throw output;
            }
            throw new ModelOutputException("pack '" + pack.id() + "' failed to run: " + e.getMessage(), e);
        }
    }

    private static TokenRows rows(Encoding[] encodings, List<Integer> indices) {
        long[][] ids = new long[indices.size()][];
        long[][] mask = new long[indices.size()][];
        long[][] types = new long[indices.size()][];
        for (int k = 0; k < indices.size(); k++) {
            Encoding encoding = encodings[indices.get(k)];
            ids[k] = encoding.getIds();
            mask[k] = encoding.getAttentionMask();
            types[k] = encoding.getTypeIds();
        }
        return new TokenRows(ids, mask, types);
    }

    private Prediction prediction(float[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return new Prediction(pack.labels().get(best), scores[best], scores);
    }

    /** Waits for a batch in flight (both hold the lock): freeing the model under a running batch crashes the JVM. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        predictor.close();
        model.close();
        tokenizer.close();
    }
}
