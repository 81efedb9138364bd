package org.postlens.runtime.multitask;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.postlens.runtime.DeviceSelection;
import org.postlens.runtime.MiniLmPretrained;
import org.postlens.runtime.MiniLmTextEncoder;
import org.postlens.runtime.ModelRuntimeException;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.encoder.MiniLmEncoderBlock;

/**
 * A multi-task pack loaded for inference: one encoder forward pass per batch gives every task's prediction.
 * Texts are batched by length; a text's scores do not depend on the other texts beside it (padding is masked).
 */
public final class MultiTaskModel implements AutoCloseable {

    private static final int BATCH = 32;

    private final Model model;
    private final MultiTaskPack.Description description;
    private final TextTokens tokens;
    private final String device;
    private AutoCloseable tokenizer = () -> { };
    private String version = "unversioned";
    private String id = "multitask";
    private List<String> lastTexts;
    private Map<String, List<Prediction>> lastPredictions;
    private int openViews;

    private MultiTaskModel(Model model, MultiTaskPack.Description description, TextTokens tokens, String device) {
        this.model = model;
        this.description = description;
        this.tokens = tokens;
        this.device = device;
    }

    /** A pack against the shipped all-MiniLM-L6-v2, whose weights and tokenizer come from the cache folder. */
    public static MultiTaskModel load(Path folder, Path cacheDir, Device device) throws IOException {
        MultiTaskPack.Description description = MultiTaskPack.readDescription(folder);
        if (!MiniLmTextEncoder.MODEL_ID.equals(description.base())) {
            throw new IOException(folder + " is fine-tuned from " + description.base() + ", not from the shipped "
                    + MiniLmTextEncoder.MODEL_ID);
        }
        var tokenizer = MiniLmPretrained.tokenizer(cacheDir, description.maxTokens());
        try {
            MultiTaskModel model = load(folder, manager -> MiniLmPretrained.block(cacheDir, manager), TextTokens.of(tokenizer), device);
            model.tokenizer = tokenizer;
            model.id = "multitask-" + folder.toAbsolutePath().normalize().getFileName();
            model.version = MultiTaskPack.version(folder);
            return model;
        } catch (IOException | RuntimeException e) {
            tokenizer.close();
            throw e;
        }
    }

    /** @param base the base encoder the pack's deltas are against, weights set, not initialised */
    public static MultiTaskModel load(Path folder, Function<NDManager, MiniLmEncoderBlock> base, TextTokens tokens,
            Device device) throws IOException {
        MultiTaskPack.Description description = MultiTaskPack.readDescription(folder);
        Map<String, float[]> weights = MultiTaskPack.readWeights(folder, MultiTaskPack.baseWeights(base));
        return of(description, weights, base, tokens, device);
    }

    /** A model with these weights (encoder by Hugging Face name, heads as {@code head.t.*}) on the encoder {@code base} builds. */
    static MultiTaskModel of(MultiTaskPack.Description description, Map<String, float[]> weights,
            Function<NDManager, MiniLmEncoderBlock> base, TextTokens tokens, Device device) {
        Model model = Model.newInstance("multitask", device, "PyTorch");
        try {
            MultiTaskBlock block = new MultiTaskBlock(base.apply(model.getNDManager()),
                    description.tasks().stream().map(t -> t.labels().size()).toList());
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 4), new Shape(1, 4));
            for (Map.Entry<String, Parameter> entry : block.parametersByName().entrySet()) {
                float[] values = weights.get(entry.getKey());
                NDArray array = entry.getValue().getArray();
                if (values == null || values.length != array.size()) {
                    throw new IllegalArgumentException("no weight " + entry.getKey() + " of shape " + array.getShape());
                }
                DecoupledAdamW.overwrite(array, values);
            }
            model.setBlock(block);
            return new MultiTaskModel(model, description, tokens, DeviceSelection.name(device));
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    public List<PackTask> tasks() {
        return description.tasks();
    }

    public MultiTaskPack.Description description() {
        return description;
    }

    public String device() {
        return device;
    }

    public String engine() {
        return Engine.getEngine("PyTorch").getEngineName();
    }

    /** Every task's prediction for each text: by task name (pack order), one prediction per text in order. */
    public Map<String, List<Prediction>> classify(List<String> texts) {
        List<PackTask> tasks = description.tasks();
        long[][] rows = tokens.encode(texts);
        Integer[] order = new Integer[rows.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> rows[i].length));
        Prediction[][] predictions = new Prediction[tasks.size()][rows.length];
        for (int start = 0; start < order.length; start += BATCH) {
            int[] batch = new int[Math.min(BATCH, order.length - start)];
            for (int i = 0; i < batch.length; i++) {
                batch[i] = order[start + i];
            }
            try (NDManager scope = model.getNDManager().newSubManager()) {
                NDList outputs = model.getBlock().forward(new ParameterStore(scope, false),
                        MultiTaskTrainer.inputs(scope, rows, batch), false);
                for (int t = 0; t < tasks.size(); t++) {
                    PackTask task = tasks.get(t);
                    int labels = task.labels().size();
                    float[] logits = outputs.get(1 + t).toFloatArray();
                    for (int r = 0; r < batch.length; r++) {
                        float[] scores = MultiTaskScores.probabilities(
                                Arrays.copyOfRange(logits, r * labels, (r + 1) * labels), task.multiLabel());
                        int best = 0;
                        for (int l = 1; l < labels; l++) {
                            best = scores[l] > scores[best] ? l : best;
                        }
                        predictions[t][batch[r]] = new Prediction(task.labels().get(best), scores[best], scores);
                    }
                }
            } catch (RuntimeException e) {
                throw new ModelRuntimeException("The multi-task pack failed on a batch of " + batch.length + " texts", e);
            }
        }
        Map<String, List<Prediction>> byTask = new LinkedHashMap<>();
        for (int t = 0; t < tasks.size(); t++) {
            byTask.put(tasks.get(t).name(), List.of(predictions[t]));
        }
        return byTask;
    }

    /**
     * One {@link org.postlens.runtime.TextClassifier} per task (pack order), sharing this model's forward passes;
     * model id {@code multitask-FOLDER}, version from the pack's content. The last view closed closes this model.
     */
    public synchronized List<org.postlens.runtime.TextClassifier> classifiers() {
        List<org.postlens.runtime.TextClassifier> views = new ArrayList<>();
        for (PackTask task : description.tasks()) {
            views.add(new TaskView(this, task, new org.postlens.runtime.ModelInfo(id, version, task.labels().size(),
                    engine(), device)));
            openViews++;
        }
        return views;
    }

    /** {@link #classify}, answered from the last call when the texts are the same. */
    synchronized Map<String, List<Prediction>> classifyShared(List<String> texts) {
        if (!texts.equals(lastTexts)) {
            lastPredictions = classify(texts);
            lastTexts = List.copyOf(texts);
        }
        return lastPredictions;
    }

    synchronized void viewClosed() {
        if (--openViews == 0) {
            close();
        }
    }

    /** The pooled sentence vectors of the fine-tuned encoder (L2-normalised), in order. */
    public List<float[]> vectors(List<String> texts) {
        long[][] rows = tokens.encode(texts);
        List<float[]> vectors = new ArrayList<>(rows.length);
        for (int start = 0; start < rows.length; start += BATCH) {
            int[] batch = new int[Math.min(BATCH, rows.length - start)];
            int first = start;
            Arrays.setAll(batch, i -> first + i);
            try (NDManager scope = model.getNDManager().newSubManager()) {
                float[] flat = model.getBlock().forward(new ParameterStore(scope, false),
                        MultiTaskTrainer.inputs(scope, rows, batch), false).get(0).toFloatArray();
                int width = flat.length / batch.length;
                for (int r = 0; r < batch.length; r++) {
                    vectors.add(Arrays.copyOfRange(flat, r * width, (r + 1) * width));
                }
            }
        }
        return vectors;
    }

    @Override
    public void close() {
        model.close();
        try {
            tokenizer.close();
        } catch (Exception e) {
            throw new ModelRuntimeException("Cannot close the tokenizer", e);
        }
    }
}
