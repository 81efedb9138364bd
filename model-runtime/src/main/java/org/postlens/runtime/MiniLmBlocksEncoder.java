package org.postlens.runtime;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.postlens.runtime.encoder.MiniLmEncoderBlock;

/**
 * all-MiniLM-L6-v2 as DJL blocks ({@link MiniLmEncoderBlock}) on the PyTorch engine, its weights read from the
 * same ONNX file {@link MiniLmTextEncoder} runs on ONNX Runtime. Its vectors equal that encoder's to a cosine of
 * at least 0.9999 (float rounding differs between the engines); it is the form of the encoder that can be
 * fine-tuned and that heads can share.
 *
 * <p>Deterministic as {@link MiniLmTextEncoder}: batches hold texts of one token length only. Encodes one batch
 * at a time (PyTorch spreads a batch over its own threads).
 */
public final class MiniLmBlocksEncoder implements TextEncoder {

    static final String ENGINE = "PyTorch";
    private static final int BATCH_SIZE = 32;
    private static final String GPU_HELP = "No CUDA GPU is usable by the PyTorch engine: Maven Central has no CUDA "
            + "libtorch 2.7.1, so point PYTORCH_LIBRARY_PATH at one (for example from a torch==2.7.1 install), or choose the CPU.";

    private final ModelInfo info;
    private final HuggingFaceTokenizer tokenizer;
    private final Model model;
    private final MiniLmEncoderBlock block;
    private final boolean exactLengthBatches;
    private boolean closed;

    private MiniLmBlocksEncoder(
            ModelInfo info, HuggingFaceTokenizer tokenizer, Model model, MiniLmEncoderBlock block, boolean exactLengthBatches) {
        this.info = info;
        this.exactLengthBatches = exactLengthBatches;
        this.tokenizer = tokenizer;
        this.model = model;
        this.block = block;
    }

    /**
     * @param cacheDir the app's DJL cache dir; see {@link RuntimeEnvironment}
     * @throws ModelRuntimeException when the files cannot be read, or a GPU was required and none is usable
     */
    public static MiniLmBlocksEncoder open(Path cacheDir, DevicePreference preference) {
        return open(cacheDir, preference, true);
    }

    /** @param exactLengthBatches false pads texts of different lengths into one batch (for the padding checks) */
    static MiniLmBlocksEncoder open(Path cacheDir, DevicePreference preference, boolean exactLengthBatches) {
        RuntimeEnvironment.configure(cacheDir);
        Device device = device(preference);
        HuggingFaceTokenizer tokenizer = null;
        Model model = null;
        try {
            tokenizer = MiniLmPretrained.tokenizer(cacheDir);
            model = Model.newInstance(MiniLmTextEncoder.MODEL_ID, device, ENGINE);
            MiniLmEncoderBlock block = MiniLmPretrained.block(cacheDir, model.getNDManager());
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 8), new Shape(1, 8));
            // Inference only: without gradients PyTorch records no graph.
            block.freezeParameters(true);
            model.setBlock(block);
            ModelInfo info = new ModelInfo(MiniLmTextEncoder.MODEL_ID, MiniLmTextEncoder.MODEL_VERSION,
                    block.config().hiddenSize(), ENGINE, DeviceSelection.name(device));
            return new MiniLmBlocksEncoder(info, tokenizer, model, block, exactLengthBatches);
        } catch (RuntimeException e) {
            if (model != null) {
                model.close();
            }
            if (tokenizer != null) {
                tokenizer.close();
            }
            throw new ModelRuntimeException("Cannot load " + MiniLmTextEncoder.MODEL_ID + " as DJL blocks on " + device + ": " + e.getMessage(), e);
        }
    }

    private static Device device(DevicePreference preference) {
        int gpus;
        try {
            gpus = Engine.getEngine(ENGINE).getGpuCount();
        } catch (RuntimeException e) {
            throw new ModelRuntimeException("The " + ENGINE + " engine did not start: " + e.getMessage(), e);
        }
        if (preference == DevicePreference.GPU && gpus <= 0) {
            throw new ModelRuntimeException(GPU_HELP);
        }
        return DeviceSelection.select(preference, gpus);
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    @Override
    public ModelInfo model() {
        return info;
    }

    @Override
    public synchronized float[][] encode(List<String> texts) {
        if (closed) {
            throw new IllegalStateException("The encoder is closed");
        }
        if (texts.isEmpty()) {
            return new float[0][];
        }
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int[] lengths = Arrays.stream(encodings).mapToInt(e -> e.getIds().length).toArray();
        float[][] vectors = new float[texts.size()][];
        for (int[] batch : Batching.plan(lengths, BATCH_SIZE, exactLengthBatches)) {
            float[][] out = forward(TokenBatch.of(encodings, batch));
            for (int i = 0; i < batch.length; i++) {
                vectors[batch[i]] = out[i];
            }
        }
        return vectors;
    }

    /** Each batch's arrays live in a sub-manager closed after it, so nothing accumulates on the model's. */
    private float[][] forward(TokenBatch batch) {
        try (NDManager manager = model.getNDManager().newSubManager()) {
            Shape shape = new Shape(batch.size(), batch.length());
            NDArray ids = manager.create(batch.flatIds(), shape);
            NDArray mask = manager.create(batch.flatMask(), shape);
            NDArray vectors = block.forward(new ParameterStore(manager, false), new NDList(ids, mask), false).singletonOrThrow();
            float[] flat = vectors.toFloatArray();
            int dimension = info.dimension();
            float[][] rows = new float[batch.size()][];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = Arrays.copyOfRange(flat, r * dimension, (r + 1) * dimension);
            }
            return rows;
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        model.close();
        tokenizer.close();
    }
}
