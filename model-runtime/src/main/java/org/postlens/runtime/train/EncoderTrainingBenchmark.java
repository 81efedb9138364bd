package org.postlens.runtime.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.DeviceSelection;
import org.postlens.runtime.MiniLmPretrained;
import org.postlens.runtime.RuntimeEnvironment;
import org.postlens.runtime.encoder.MiniLmEncoderBlock;

/**
 * Measures fine-tuning speed of the whole all-MiniLM-L6-v2 encoder with a 2-class head (AdamW, learning rate 3e-5)
 * on DJL's PyTorch engine, as a {@code bench train} command reports it: training sentences/s and, with the same
 * batches, forward (inference) sentences/s of the encoder being trained. Labels are arbitrary (the parity of each
 * text's length): the figure is speed, not quality. Texts are batched by token length (sorted, cut into batches,
 * batch order shuffled with a fixed seed), as training will; the first {@code warmupBatches} are not timed.
 */
public final class EncoderTrainingBenchmark {

    /**
     * @param sentences texts trained on in the timed batches
     * @param meanTokens mean padded length of the timed batches
     */
    public record Result(int sentences, int batchSize, int maxTokens, double meanTokens, double trainSentencesPerSecond,
            double forwardSentencesPerSecond, String device, long parameters) {}

    private final int batchSize;
    private final int maxTokens;
    private final int warmupBatches;

    public EncoderTrainingBenchmark(int batchSize, int maxTokens, int warmupBatches) {
        if (batchSize < 1 || warmupBatches < 0) {
            throw new IllegalArgumentException("batchSize must be positive and warmupBatches not negative");
        }
        this.batchSize = batchSize;
        this.maxTokens = maxTokens;
        this.warmupBatches = warmupBatches;
    }

    /** 32 texts a batch, at most 64 tokens each, one batch of warm-up: the settings measured in the notes. */
    public static EncoderTrainingBenchmark defaults() {
        return new EncoderTrainingBenchmark(32, 64, 1);
    }

    /**
     * @param texts at least {@code (warmupBatches + 1) * batchSize} texts
     * @param progress told of the "train" stage's batches done / total
     * @param cancelled polled between batches
     */
    public Result run(Path cacheDir, DevicePreference preference, List<String> texts, TrainingProgress progress,
            BooleanSupplier cancelled) {
        if (texts.size() < (warmupBatches + 1) * batchSize) {
            throw new IllegalArgumentException("need at least " + (warmupBatches + 1) * batchSize + " texts, got " + texts.size());
        }
        RuntimeEnvironment.configure(cacheDir);
        Device device = DeviceSelection.select(preference, Engine.getEngine("PyTorch").getGpuCount());
        try (HuggingFaceTokenizer tokenizer = MiniLmPretrained.tokenizer(cacheDir, maxTokens);
                Model model = Model.newInstance("encoder-training-benchmark", device, "PyTorch")) {
            Encoding[] encodings = tokenizer.batchEncode(texts);
            List<int[]> batches = lengthBatches(encodings);
            MiniLmEncoderBlock encoder = MiniLmPretrained.block(cacheDir, model.getNDManager());
            model.setBlock(new SequentialBlock().add(encoder).add(Linear.builder().setUnits(2).build()));
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(Optimizer.adamW().optLearningRateTracker(Tracker.fixed(3e-5f)).build())
                    .optDevices(new Device[] {device});
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(batchSize, 8), new Shape(batchSize, 8));
                long trainNanos = 0;
                long forwardNanos = 0;
                int timedSentences = 0;
                long timedTokens = 0;
                int timedBatches = 0;
                for (int b = 0; b < batches.size(); b++) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("benchmark cancelled");
                    }
                    int[] batch = batches.get(b);
                    try (NDManager manager = trainer.getManager().newSubManager()) {
                        NDList inputs = inputs(manager, encodings, batch);
                        NDArray labels = labels(manager, encodings, batch);
                        long start = System.nanoTime();
                        try (GradientCollector collector = trainer.newGradientCollector()) {
                            collector.backward(trainer.getLoss().evaluate(new NDList(labels), trainer.forward(inputs)));
                        }
                        trainer.step();
                        long trained = System.nanoTime();
                        model.getBlock().forward(new ParameterStore(manager, false), inputs, false).singletonOrThrow().toFloatArray();
                        long forwarded = System.nanoTime();
                        if (b >= warmupBatches) {
                            trainNanos += trained - start;
                            forwardNanos += forwarded - trained;
                            timedSentences += batch.length;
                            timedTokens += inputs.get(0).getShape().get(1);
                            timedBatches++;
                        }
                    }
                    progress.report("train", b + 1, batches.size());
                }
                long parameters = encoder.getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();
                return new Result(timedSentences, batchSize, maxTokens, timedTokens / (double) timedBatches,
                        timedSentences / (trainNanos / 1e9), timedSentences / (forwardNanos / 1e9),
                        DeviceSelection.name(device), parameters);
            }
        }
    }

    /** Sorted by length and cut into batches of {@code batchSize} (the last may be short), in a seeded random order. */
    private List<int[]> lengthBatches(Encoding[] encodings) {
        Integer[] order = new Integer[encodings.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> encodings[i].getIds().length).thenComparingInt(i -> i));
        List<int[]> batches = new ArrayList<>();
        for (int start = 0; start < order.length; start += batchSize) {
            int[] batch = new int[Math.min(batchSize, order.length - start)];
            for (int i = 0; i < batch.length; i++) {
                batch[i] = order[start + i];
            }
            batches.add(batch);
        }
        Collections.shuffle(batches, new Random(7));
        return batches;
    }

    private static NDList inputs(NDManager manager, Encoding[] encodings, int[] batch) {
        int length = 0;
        for (int index : batch) {
            length = Math.max(length, encodings[index].getIds().length);
        }
        long[] ids = new long[batch.length * length];
        long[] mask = new long[batch.length * length];
        for (int row = 0; row < batch.length; row++) {
            long[] tokens = encodings[batch[row]].getIds();
            System.arraycopy(tokens, 0, ids, row * length, tokens.length);
            Arrays.fill(mask, row * length, row * length + tokens.length, 1L);
        }
        Shape shape = new Shape(batch.length, length);
        return new NDList(manager.create(ids, shape), manager.create(mask, shape));
    }

    private static NDArray labels(NDManager manager, Encoding[] encodings, int[] batch) {
        float[] labels = new float[batch.length];
        for (int row = 0; row < batch.length; row++) {
            labels[row] = encodings[batch[row]].getIds().length % 2;
        }
        return manager.create(labels);
    }
}
