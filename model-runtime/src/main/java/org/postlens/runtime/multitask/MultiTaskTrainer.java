package org.postlens.runtime.multitask;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.postlens.runtime.DeviceSelection;
import org.postlens.runtime.ModelRuntimeException;
import org.postlens.runtime.encoder.MiniLmEncoderBlock;
import org.postlens.runtime.eval.ClassificationMetrics;
import org.postlens.runtime.train.LabelledText;

/**
 * Fine-tunes one sentence encoder jointly on several tasks, one linear head per task (softmax cross-entropy for a
 * single-label task, sigmoid binary cross-entropy for a multi-label one). Each batch holds one task's texts, so a
 * step trains the encoder and that task's head. Batches are bucketed by length, the learning rate rises linearly
 * over the warm-up and falls linearly to zero, and AdamW decays weight matrices and embeddings only. As in Hugging
 * Face's Trainer, a step's gradients are scaled down to a global norm of {@value #MAX_GRADIENT_NORM} when above it.
 * A batch whose loss or gradients are not finite changes no weight and is counted on its epoch; {@value
 * #MAX_SKIPS_IN_A_ROW} such batches in a row stop the run as diverged, before it writes weights that are not numbers.
 *
 * <p>Reproducible: the same tasks, settings and starting weights give the same weights on the same engine and
 * device (each epoch's batch order and dropout are seeded from the seed and the epoch). After each epoch the
 * tasks are validated, the weights of the best epoch so far (by the mean of the tasks' figures) are kept in
 * {@value #BEST_FILE}, and a checkpoint (weights, AdamW's moments and step, the figures so far) is written to
 * the work folder; {@code resume} goes on from the last checkpoint and ends with the same weights as a run that
 * was never interrupted.
 */
public final class MultiTaskTrainer {

    public static final String BEST_FILE = "best.tensors";
    static final String CHECKPOINT_FILE = "checkpoint.tensors";
    static final String CHECKPOINT_STATE = "checkpoint.properties";
    private static final int BATCHES_PER_BUCKET = 50;
    private static final int VALIDATION_BATCH = 64;
    /** As Hugging Face's Trainer: the gradients of a step are scaled down to this global L2 norm when above it. */
    static final double MAX_GRADIENT_NORM = 1.0;
    /** A run whose loss or gradients are not finite in this many batches in a row has diverged and stops. */
    static final int MAX_SKIPS_IN_A_ROW = 20;

    /**
     * One epoch's outcome.
     *
     * @param validation each task's validation figure (by its own metric), in task order
     * @param mean the mean of those figures, which picks the best epoch
     * @param loss the mean training loss over the epoch's batches
     * @param sentences training texts in the epoch
     * @param skippedBatches batches whose loss or gradients were not finite, so that they changed no weight
     */
    public record EpochResult(int epoch, Map<String, Double> validation, double mean, double loss, long sentences,
            double seconds, int skippedBatches) {
        public EpochResult {
            validation = Collections.unmodifiableMap(new LinkedHashMap<>(validation));
        }
    }

    /**
     * @param best the epoch whose weights are in {@link #bestWeights}
     * @param bestWeights the kept weights: the encoder's by Hugging Face name, head t's as {@code head.t.weight}/{@code .bias}
     * @param sentencesPerSecond training texts a second over the batches this call ran
     */
    public record Result(List<EpochResult> epochs, EpochResult best, Path bestWeights, double sentencesPerSecond,
            String device) {
        public Result {
            epochs = List.copyOf(epochs);
        }
    }

    private final MultiTaskSettings settings;

    public MultiTaskTrainer(MultiTaskSettings settings) {
        this.settings = settings;
    }

    /**
     * @param encoderSource the encoder to start from, its weights set on the given manager (the model's), not
     *     initialised (e.g. {@code MiniLmPretrained::block})
     * @param workDir where checkpoints and the kept weights go
     * @param resume go on from the checkpoint in {@code workDir}; without one, start afresh
     * @param cancelled polled between batches; a cancelled run keeps its last epoch's checkpoint
     */
    public Result train(List<TaskData> tasks, Function<NDManager, MiniLmEncoderBlock> encoderSource, TextTokens tokens,
            Device device, Path workDir, boolean resume, MultiTaskProgress progress, BooleanSupplier cancelled) {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("no tasks to train");
        }
        try {
            Files.createDirectories(workDir);
            return run(tasks, encoderSource, tokens, device, workDir, resume, progress, cancelled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result run(List<TaskData> tasks, Function<NDManager, MiniLmEncoderBlock> encoderSource, TextTokens tokens,
            Device device, Path workDir, boolean resume, MultiTaskProgress progress, BooleanSupplier cancelled)
            throws IOException {
        List<EncodedTask> encoded = new ArrayList<>();
        for (TaskData task : tasks) {
            encoded.add(EncodedTask.of(task, tokens, settings.maxTokens()));
        }
        int batchesPerEpoch = encoded.stream().mapToInt(t -> (t.train().length + settings.batchSize() - 1) / settings.batchSize()).sum();
        int totalSteps = batchesPerEpoch * settings.epochs();
        int warmupSteps = (int) Math.ceil(settings.warmupShare() * totalSteps);
        Engine engine = Engine.getEngine("PyTorch");
        try (Model model = Model.newInstance("multitask", device, "PyTorch")) {
            engine.setRandomSeed(Long.hashCode(settings.seed()));
            MultiTaskBlock block = new MultiTaskBlock(encoderSource.apply(model.getNDManager()),
                    tasks.stream().map(t -> t.data().labels().size()).toList());
            model.setBlock(block);
            Map<String, Parameter> named = block.parametersByName();
            Map<String, String> namesById = new HashMap<>();
            Map<String, Boolean> decayed = new HashMap<>();
            named.forEach((name, parameter) -> {
                namesById.put(parameter.getId(), name);
                decayed.put(name, !name.endsWith(".bias") && !name.contains("LayerNorm"));
            });
            DecoupledAdamW optimizer = new DecoupledAdamW(namesById, decayed, settings.weightDecay(),
                    step -> learningRate(step, warmupSteps, totalSteps));
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(optimizer).optDevices(new Device[] {device});
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(settings.batchSize(), 8), new Shape(settings.batchSize(), 8));
                List<EpochResult> history = new ArrayList<>();
                int firstEpoch = 1;
                if (resume && Files.exists(workDir.resolve(CHECKPOINT_STATE))) {
                    history.addAll(restore(workDir, tasks, named, optimizer));
                    firstEpoch = history.size() + 1;
                }
                Loss singleLabel = Loss.softmaxCrossEntropyLoss();
                Loss multiLabel = Loss.sigmoidBinaryCrossEntropyLoss();
                long started = System.nanoTime();
                long trainedSentences = 0;
                int stepsThisCall = 0;
                int stepsLeftAtStart = totalSteps - (firstEpoch - 1) * batchesPerEpoch;
                for (int epoch = firstEpoch; epoch <= settings.epochs(); epoch++) {
                    long epochStart = System.nanoTime();
                    engine.setRandomSeed(Long.hashCode(epochSeed(epoch)));
                    List<Batch> batches = epochBatches(encoded, tasks, new Random(epochSeed(epoch)));
                    double lossSum = 0;
                    int stepsTaken = 0;
                    int skipped = 0;
                    int skippedInARow = 0;
                    long epochSentences = 0;
                    for (int b = 0; b < batches.size(); b++) {
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException("training cancelled; the last checkpoint is at epoch " + (epoch - 1));
                        }
                        Batch batch = batches.get(b);
                        EncodedTask task = encoded.get(batch.task());
                        try (NDManager scope = trainer.getManager().newSubManager()) {
                            NDList inputs = inputs(scope, task.train(), batch.rows());
                            NDArray logits;
                            float loss;
                            try (GradientCollector collector = trainer.newGradientCollector()) {
                                logits = trainer.forward(inputs).get(1 + batch.task());
                                NDArray value = task.multiLabel()
                                        ? multiLabel.evaluate(new NDList(task.labelMatrix(scope, batch.rows())), new NDList(logits))
                                        : singleLabel.evaluate(new NDList(task.labelIndices(scope, batch.rows())), new NDList(logits));
                                collector.backward(value);
                                loss = value.getFloat();
                            }
                            double norm = gradientNorm(named.values());
                            if (Float.isFinite(loss) && Double.isFinite(norm)) {
                                optimizer.nextStep(norm > MAX_GRADIENT_NORM ? (float) (MAX_GRADIENT_NORM / norm) : 1f);
                                trainer.step();
                                lossSum += loss;
                                stepsTaken++;
                                skippedInARow = 0;
                            } else {
                                clearGradients(named.values());
                                optimizer.skipStep();
                                skipped++;
                                if (++skippedInARow >= MAX_SKIPS_IN_A_ROW) {
                                    throw new ModelRuntimeException("Training diverged: the loss or the gradients were not finite in "
                                            + skippedInARow + " batches in a row (epoch " + epoch + ", batch " + (b + 1)
                                            + "); no weights were written for this epoch. Try a lower learning rate; the last "
                                            + "checkpoint is at epoch " + (epoch - 1));
                                }
                            }
                        }
                        epochSentences += batch.rows().length;
                        trainedSentences += batch.rows().length;
                        stepsThisCall++;
                        double seconds = (System.nanoTime() - started) / 1e9;
                        double eta = seconds / stepsThisCall * (stepsLeftAtStart - stepsThisCall); // validation not counted
                        progress.batch(epoch, b + 1, batches.size(), trainedSentences / seconds, eta, lossSum / Math.max(1, stepsTaken));
                    }
                    Map<String, Double> figures = validate(model, encoded, tasks);
                    double mean = figures.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
                    EpochResult result = new EpochResult(epoch, figures, mean, lossSum / Math.max(1, stepsTaken), epochSentences,
                            (System.nanoTime() - epochStart) / 1e9, skipped);
                    boolean better = history.stream().allMatch(previous -> mean > previous.mean());
                    history.add(result);
                    Map<String, float[]> weights = values(named);
                    if (better) {
                        TensorFile.write(workDir.resolve(BEST_FILE), weights, false);
                    }
                    checkpoint(workDir, tasks, weights, optimizer, history);
                    progress.epoch(result);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                EpochResult best = history.stream().max(Comparator.comparingDouble(EpochResult::mean)
                        .thenComparing(r -> -r.epoch())).orElseThrow();
                return new Result(history, best, workDir.resolve(BEST_FILE),
                        trainedSentences == 0 ? 0 : trainedSentences / seconds, DeviceSelection.name(device));
            }
        }
    }

    private long epochSeed(int epoch) {
        return settings.seed() * 1_000_003L + epoch;
    }

    static double learningRate(int step, int warmupSteps, int totalSteps, float peak) {
        if (step <= warmupSteps) {
            return peak * step / (double) Math.max(1, warmupSteps);
        }
        return peak * Math.max(0, totalSteps - step) / (double) Math.max(1, totalSteps - warmupSteps);
    }

    private double learningRate(int step, int warmupSteps, int totalSteps) {
        return learningRate(step, warmupSteps, totalSteps, settings.learningRate());
    }

    /**
     * Each task's training rows, shuffled, cut into buckets of {@value #BATCHES_PER_BUCKET} batches, each bucket
     * sorted by length and cut into batches (so a batch holds texts of about one length), then ordered.
     */
    private List<Batch> epochBatches(List<EncodedTask> encoded, List<TaskData> tasks, Random random) {
        List<List<Batch>> perTask = new ArrayList<>();
        int size = settings.batchSize();
        for (int t = 0; t < encoded.size(); t++) {
            long[][] rows = encoded.get(t).train();
            List<Integer> order = new ArrayList<>(rows.length);
            for (int i = 0; i < rows.length; i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            List<Batch> batches = new ArrayList<>();
            for (int start = 0; start < order.size(); start += size * BATCHES_PER_BUCKET) {
                List<Integer> bucket = new ArrayList<>(order.subList(start, Math.min(order.size(), start + size * BATCHES_PER_BUCKET)));
                bucket.sort(Comparator.comparingInt(i -> rows[i].length));
                for (int from = 0; from < bucket.size(); from += size) {
                    int[] batch = bucket.subList(from, Math.min(bucket.size(), from + size)).stream().mapToInt(Integer::intValue).toArray();
                    batches.add(new Batch(t, batch));
                }
            }
            Collections.shuffle(batches, random);
            perTask.add(batches);
        }
        List<Batch> ordered = new ArrayList<>();
        switch (settings.ordering()) {
            case BY_TASK -> perTask.forEach(ordered::addAll);
            case SHUFFLED -> {
                perTask.forEach(ordered::addAll);
                Collections.shuffle(ordered, random);
            }
            case BY_DATASET -> {
                Map<String, List<Batch>> byDataSet = new LinkedHashMap<>();
                for (int t = 0; t < tasks.size(); t++) {
                    byDataSet.computeIfAbsent(tasks.get(t).dataSet(), k -> new ArrayList<>()).addAll(perTask.get(t));
                }
                for (List<Batch> group : byDataSet.values()) {
                    Collections.shuffle(group, random);
                    ordered.addAll(group);
                }
            }
        }
        return ordered;
    }

    private Map<String, Double> validate(Model model, List<EncodedTask> encoded, List<TaskData> tasks) {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (int t = 0; t < encoded.size(); t++) {
            EncodedTask task = encoded.get(t);
            float[][] scores = scores(model, task.validation(), t);
            TaskData data = tasks.get(t);
            ClassificationMetrics metrics = task.multiLabel()
                    ? ClassificationMetrics.multiLabel(data.data().labels(), task.validationFlags(), MultiTaskScores.flags(scores))
                    : ClassificationMetrics.singleLabel(data.data().labels(), task.validationIndices(), MultiTaskScores.argmax(scores));
            figures.put(data.name(), metrics.value(data.metric()));
        }
        return figures;
    }

    /** Head {@code task}'s logits for each text, in order, in length-sorted batches without gradients. */
    private static float[][] scores(Model model, long[][] rows, int task) {
        Integer[] order = new Integer[rows.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> rows[i].length));
        float[][] scores = new float[rows.length][];
        for (int start = 0; start < order.length; start += VALIDATION_BATCH) {
            int[] batch = new int[Math.min(VALIDATION_BATCH, order.length - start)];
            for (int i = 0; i < batch.length; i++) {
                batch[i] = order[start + i];
            }
            try (NDManager scope = model.getNDManager().newSubManager()) {
                NDList outputs = model.getBlock().forward(new ParameterStore(scope, false), inputs(scope, rows, batch), false);
                NDArray logits = outputs.get(1 + task);
                int labels = Math.toIntExact(logits.getShape().get(1));
                float[] flat = logits.toFloatArray();
                for (int r = 0; r < batch.length; r++) {
                    scores[batch[r]] = Arrays.copyOfRange(flat, r * labels, (r + 1) * labels);
                }
            }
        }
        return scores;
    }

    static NDList inputs(NDManager manager, long[][] rows, int[] batch) {
        int length = 0;
        for (int index : batch) {
            length = Math.max(length, rows[index].length);
        }
        long[] ids = new long[batch.length * length];
        long[] mask = new long[batch.length * length];
        for (int r = 0; r < batch.length; r++) {
            long[] tokens = rows[batch[r]];
            System.arraycopy(tokens, 0, ids, r * length, tokens.length);
            Arrays.fill(mask, r * length, r * length + tokens.length, 1L);
        }
        Shape shape = new Shape(batch.length, length);
        return new NDList(manager.create(ids, shape), manager.create(mask, shape));
    }

    /** The L2 norm of all the parameters' gradients taken together. */
    static double gradientNorm(Collection<Parameter> parameters) {
        double squares = 0;
        for (Parameter parameter : parameters) {
            try (NDArray gradient = parameter.getArray().getGradient();
                    NDArray squared = gradient.square();
                    NDArray sum = squared.sum()) {
                squares += sum.getFloat();
            }
        }
        return Math.sqrt(squares);
    }

    /** Clears a step's gradients without using them (the optimiser clears them when it does). */
    static void clearGradients(Collection<Parameter> parameters) {
        for (Parameter parameter : parameters) {
            try (NDArray gradient = parameter.getArray().getGradient()) {
                DecoupledAdamW.clear(gradient);
            }
        }
    }

    private static Map<String, float[]> values(Map<String, Parameter> named) {
        Map<String, float[]> values = new LinkedHashMap<>();
        named.forEach((name, parameter) -> values.put(name, parameter.getArray().toFloatArray()));
        return values;
    }

    private void checkpoint(Path workDir, List<TaskData> tasks, Map<String, float[]> weights, DecoupledAdamW optimizer,
            List<EpochResult> history) throws IOException {
        Map<String, float[]> tensors = new LinkedHashMap<>(weights);
        optimizer.state().forEach((name, values) -> tensors.put("optimizer:" + name, values));
        TensorFile.write(workDir.resolve(CHECKPOINT_FILE), tensors, false);
        Properties state = new Properties();
        state.setProperty("run", fingerprint(tasks));
        state.setProperty("epochs.done", Integer.toString(history.size()));
        for (EpochResult result : history) {
            String prefix = "epoch." + result.epoch() + ".";
            state.setProperty(prefix + "loss", Double.toString(result.loss()));
            state.setProperty(prefix + "sentences", Long.toString(result.sentences()));
            state.setProperty(prefix + "seconds", Double.toString(result.seconds()));
            state.setProperty(prefix + "skipped", Integer.toString(result.skippedBatches()));
            result.validation().forEach((task, value) -> state.setProperty(prefix + "validation." + task, Double.toString(value)));
        }
        Path temporary = workDir.resolve(CHECKPOINT_STATE + ".part");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            state.store(out, "Postlens multi-task checkpoint: goes with " + CHECKPOINT_FILE);
        }
        Files.move(temporary, workDir.resolve(CHECKPOINT_STATE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private List<EpochResult> restore(Path workDir, List<TaskData> tasks, Map<String, Parameter> named,
            DecoupledAdamW optimizer) throws IOException {
        Properties state = new Properties();
        try (Reader in = Files.newBufferedReader(workDir.resolve(CHECKPOINT_STATE), StandardCharsets.UTF_8)) {
            state.load(in);
        }
        if (!fingerprint(tasks).equals(state.getProperty("run"))) {
            throw new IllegalArgumentException("The checkpoint in " + workDir + " is of another run (" + state.getProperty("run")
                    + "): resume with the same tasks, data sizes and settings, or use a new folder");
        }
        int done = Integer.parseInt(state.getProperty("epochs.done"));
        Map<String, float[]> tensors = TensorFile.read(workDir.resolve(CHECKPOINT_FILE));
        Map<String, NDArray> arrays = new LinkedHashMap<>();
        named.forEach((name, parameter) -> {
            NDArray array = parameter.getArray();
            float[] values = tensors.get(name);
            if (values == null || values.length != array.size()) {
                throw new IllegalArgumentException("The checkpoint in " + workDir + " lacks " + name + " or has it in another shape");
            }
            DecoupledAdamW.overwrite(array, values);
            arrays.put(name, array);
        });
        Map<String, float[]> optimizerState = new HashMap<>();
        tensors.forEach((name, values) -> {
            if (name.startsWith("optimizer:")) {
                optimizerState.put(name.substring("optimizer:".length()), values);
            }
        });
        optimizer.restore(optimizerState, arrays);
        List<EpochResult> history = new ArrayList<>();
        for (int epoch = 1; epoch <= done; epoch++) {
            String prefix = "epoch." + epoch + ".";
            Map<String, Double> figures = new LinkedHashMap<>();
            for (TaskData task : tasks) {
                figures.put(task.name(), Double.parseDouble(state.getProperty(prefix + "validation." + task.name())));
            }
            history.add(new EpochResult(epoch, figures, figures.values().stream().mapToDouble(Double::doubleValue).average().orElse(0),
                    Double.parseDouble(state.getProperty(prefix + "loss")), Long.parseLong(state.getProperty(prefix + "sentences")),
                    Double.parseDouble(state.getProperty(prefix + "seconds")),
                    Integer.parseInt(state.getProperty(prefix + "skipped", "0"))));
        }
        return history;
    }

    /** What must match for a checkpoint to be resumed: the settings and each task's name, labels and sizes. */
    private String fingerprint(List<TaskData> tasks) {
        StringBuilder text = new StringBuilder(settings.toString());
        for (TaskData task : tasks) {
            text.append('|').append(task.name()).append(task.data().labels()).append(task.data().multiLabel() ? "m" : "s")
                    .append(task.data().train().size()).append('/').append(task.data().validation().size())
                    .append('#').append(task.data().train().stream().mapToInt(LabelledText::hashCode).reduce(17, (a, b) -> 31 * a + b));
        }
        return text.toString();
    }

    private record Batch(int task, int[] rows) {}
}
