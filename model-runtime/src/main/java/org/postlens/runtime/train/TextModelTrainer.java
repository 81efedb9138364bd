package org.postlens.runtime.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.LocalParameterServer;
import ai.djl.training.ParameterStore;
import ai.djl.training.GradientCollector;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.TextEncoder;
import org.postlens.runtime.eval.ClassificationMetrics;
import org.postlens.runtime.pack.TextModelBlock;
import org.postlens.runtime.pack.TextModelSpec;
import org.postlens.runtime.pack.TextModelWeights;
import org.postlens.runtime.text.HashedNgrams;
import org.postlens.runtime.text.NgramFeaturizer;
import org.postlens.runtime.text.NgramSettings;

/**
 * Trains a task classifier on DJL's PyTorch engine (CPU): a linear model over hashed n-grams, a head on the
 * sentence encoder's vectors, or both ({@link ModelFamily}). Softmax and cross-entropy for single-label tasks,
 * sigmoid and binary cross-entropy for multi-label ones (each label's threshold then tuned on the validation
 * split); Adam on shuffled mini-batches; after every epoch the model is scored on the validation split by the
 * task's metric, and the best epoch is kept (training stops after {@code patience} epochs without a better one).
 * Nothing but the validation split chooses anything.
 *
 * <p>Reproducible: the same data, settings and seed give bitwise the same model and pack on the same machine.
 * Call {@code RuntimeEnvironment.configure} first (offline DJL); run with {@code OMP_WAIT_POLICY=PASSIVE} (the
 * launcher sets it): with busy-waiting OpenMP threads training ran ~6x slower on 2 cores.
 *
 * <pre>
 * TrainedTextModel model = TextModelTrainer.builder().setFamily(ModelFamily.NGRAM).optSeed(7).build()
 *         .train(data, TrainingProgress.none(), () -> false);
 * model.writePack(folder, PackDescription.of("irony-en", "1.0.0", "irony", List.of("en"), "TweetEval irony", "..."));
 * </pre>
 */
public final class TextModelTrainer {

    private static final int ENCODE_CHUNK = 256;

    private final Settings settings;
    private final TextEncoder encoder;
    private final ModelInfo vectorModel;

    private TextModelTrainer(Settings settings, TextEncoder encoder, ModelInfo vectorModel) {
        this.settings = settings;
        this.encoder = encoder;
        this.vectorModel = vectorModel;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Settings settings() {
        return settings;
    }

    /**
     * @param progress told of each stage's items done / total
     * @param cancelled polled between batches; when it turns true training stops with a {@link CancellationException}
     */
    public TrainedTextModel train(TrainingData data, TrainingProgress progress, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        if (data.train().isEmpty() || data.validation().isEmpty()) {
            throw new IllegalArgumentException("training needs a non-empty train and validation split");
        }
        String metric = settings.metric() != null ? settings.metric() : data.multiLabel() ? "micro_f1" : "macro_f1";
        ClassificationMetrics.checkMetricName(metric, data.labels());
        TextModelSpec spec = spec(data.labels().size());
        Examples train = prepare("train", data, data.train(), spec, progress, cancelled);
        Examples validation = prepare("validation", data, data.validation(), spec, progress, cancelled);
        Fit fit = fit(data, spec, train, validation, metric, progress, cancelled);
        TextModelWeights best = fit.weights();
        if (data.multiLabel()) {
            best = best.withBiasShift(negatedLogits(fit.thresholds()));
        }
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            best = best.asStored(manager);
        }
        // The figures of the model as its pack stores it (rounded table; multi-label: thresholds in the bias).
        ClassificationMetrics figures = finalFigures(best, validation, data);
        TrainingReport report = new TrainingReport(settings.family(), settings.seed(), metric, figures.value(metric), fit.bestEpoch(),
                fit.epochs(), train.size(), validation.size(), figures, fit.thresholds(), (System.nanoTime() - start) / 1e9,
                "validation " + metric, "validation split");
        return new TrainedTextModel(data.labels(), data.multiLabel(), best, settings, report, encoder);
    }

    /**
     * Trains on every example for exactly {@code maxEpochs} epochs and keeps the last: for a handful of labels,
     * where no validation split is worth holding out. Multi-label models keep 0.5 as every label's threshold.
     * The report's figures are on the training examples themselves (optimistic) until the caller replaces them,
     * e.g. with cross-validated ones ({@link TrainedTextModel#withFigures}).
     */
    public TrainedTextModel trainAll(List<String> labels, boolean multiLabel, List<LabelledText> examples, TrainingProgress progress,
            BooleanSupplier cancelled) {
        long start = System.nanoTime();
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("training needs at least one labelled example");
        }
        TrainingData data = new TrainingData(labels, multiLabel, examples, List.of());
        String metric = settings.metric() != null ? settings.metric() : multiLabel ? "micro_f1" : "macro_f1";
        ClassificationMetrics.checkMetricName(metric, data.labels());
        TextModelSpec spec = spec(data.labels().size());
        Examples train = prepare("train", data, examples, spec, progress, cancelled);
        Fit fit = fit(data, spec, train, null, metric, progress, cancelled);
        TextModelWeights weights;
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            weights = fit.weights().asStored(manager);
        }
        ClassificationMetrics figures = finalFigures(weights, train, data);
        float[] thresholds = null;
        if (multiLabel) {
            thresholds = new float[labels.size()];
            java.util.Arrays.fill(thresholds, 0.5f);
        }
        TrainingReport report = new TrainingReport(settings.family(), settings.seed(), metric, figures.value(metric), fit.epochs(),
                fit.epochs(), train.size(), 0, figures, thresholds, (System.nanoTime() - start) / 1e9,
                "fixed " + settings.maxEpochs() + " epochs, no validation split", "the training examples themselves");
        return new TrainedTextModel(labels, multiLabel, weights, settings, report, encoder);
    }

    /** The kept weights: the best epoch on validation, or the last one when there is no validation split. */
    private record Fit(TextModelWeights weights, float[] thresholds, int bestEpoch, int epochs) {}

    private Fit fit(TrainingData data, TextModelSpec spec, Examples train, Examples validation, String metric,
            TrainingProgress progress, BooleanSupplier cancelled) {
        float[] labelWeights = labelWeights(data, train);
        Random random = new Random(settings.seed());
        int batches = (train.size() + settings.batchSize() - 1) / settings.batchSize();
        long totalSteps = (long) batches * settings.maxEpochs();
        TextModelWeights best = null;
        float[] bestThresholds = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        int bestEpoch = 0;
        int epochs = 0;
        Optimizer optimizer = Optimizer.adam()
                .optLearningRateTracker(Tracker.fixed(settings.learningRate()))
                .optWeightDecays(settings.weightDecay())
                .build();
        try (Model model = Model.newInstance("training", Device.cpu(), "PyTorch")) {
            TextModelBlock block = new TextModelBlock(spec);
            model.setBlock(block);
            initialise(block, random);
            block.initialize(model.getNDManager(), DataType.FLOAT32, block.inputShapes(1));
            // A parameter store of our own rather than DJL's Trainer: Trainer.step refuses a first step whose
            // gradients sum to zero, which softmax gradients always do (each row sums to zero over the labels).
            ParameterStore store = new ParameterStore(model.getNDManager(), false);
            store.setParameterServer(new LocalParameterServer(optimizer), new Device[] {Device.cpu()});
            int[] order = new int[train.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            for (int epoch = 1; epoch <= settings.maxEpochs(); epoch++) {
                shuffle(order, random);
                for (int b = 0; b < batches; b++) {
                    checkCancelled(cancelled);
                    int from = b * settings.batchSize();
                    int to = Math.min(order.length, from + settings.batchSize());
                    step(model.getNDManager(), block, store, spec, train, order, from, to, labelWeights, data.multiLabel());
                    progress.report("epochs", (long) (epoch - 1) * batches + b + 1, totalSteps);
                }
                epochs = epoch;
                if (validation == null) {
                    continue;
                }
                TextModelWeights weights = TextModelWeights.of(block);
                Scored scored = score(weights, validation, data, metric);
                if (scored.value() > bestValue) {
                    bestValue = scored.value();
                    best = weights;
                    bestThresholds = scored.thresholds();
                    bestEpoch = epoch;
                } else if (epoch - bestEpoch >= settings.patience()) {
                    break;
                }
            }
            if (validation == null) {
                best = TextModelWeights.of(block);
                bestEpoch = epochs;
            }
        }
        progress.report("epochs", totalSteps, totalSteps);
        return new Fit(best, bestThresholds, bestEpoch, epochs);
    }

    private TextModelSpec spec(int labelCount) {
        NgramSettings ngrams = null;
        if (settings.family().readsNgrams()) {
            int buckets = settings.buckets() > 0 ? settings.buckets() : defaultBuckets(labelCount);
            ngrams = settings.ngrams().withBuckets(buckets);
        }
        int vectorSize = settings.family().readsVectors() ? vectorModel.dimension() : 0;
        return new TextModelSpec(labelCount, ngrams, vectorSize, settings.family().readsVectors() ? settings.hiddenSize() : 0,
                settings.family().readsVectors() ? vectorModel.id() : null);
    }

    /**
     * The largest power of two from 2^14 to 2^19 whose table (buckets x labels, stored as float16) stays within
     * 2 MiB, so that some twenty shipped packs stay well under 60 MB together.
     */
    static int defaultBuckets(int labelCount) {
        int buckets = 1 << 19;
        while (buckets > 1 << 14 && (long) buckets * labelCount * 2 > 2L * 1024 * 1024) {
            buckets >>= 1;
        }
        return buckets;
    }

    /** Texts turned into what the model reads, and their labels as indices (single) or flags (multi). */
    private record Examples(HashedNgrams[] features, float[][] vectors, int[] labels, boolean[][] flags) {
        int size() {
            return labels != null ? labels.length : flags.length;
        }
    }

    private Examples prepare(String split, TrainingData data, List<LabelledText> texts, TextModelSpec spec,
            TrainingProgress progress, BooleanSupplier cancelled) {
        int n = texts.size();
        int[] labels = data.multiLabel() ? null : new int[n];
        boolean[][] flags = data.multiLabel() ? new boolean[n][data.labels().size()] : null;
        for (int i = 0; i < n; i++) {
            LabelledText text = texts.get(i);
            if (!data.multiLabel() && text.labels().size() != 1) {
                throw new IllegalArgumentException(split + " example " + (i + 1) + " has " + text.labels().size()
                        + " labels; a single-label task needs exactly one");
            }
            for (String label : text.labels()) {
                int index = data.labels().indexOf(label);
                if (index < 0) {
                    throw new IllegalArgumentException(split + " example " + (i + 1) + " has label '" + label
                            + "', which is not one of " + data.labels());
                }
                if (labels != null) {
                    labels[i] = index;
                } else {
                    flags[i][index] = true;
                }
            }
        }
        HashedNgrams[] features = null;
        if (spec.readsNgrams()) {
            NgramFeaturizer featurizer = new NgramFeaturizer(spec.ngrams());
            features = new HashedNgrams[n];
            for (int i = 0; i < n; i++) {
                if (i % 1024 == 0) {
                    checkCancelled(cancelled);
                    progress.report(split + " features", i, n);
                }
                features[i] = featurizer.featurize(texts.get(i).text());
            }
            progress.report(split + " features", n, n);
        }
        float[][] vectors = spec.readsVectors() ? vectors(split, texts, spec.vectorSize(), progress, cancelled) : null;
        return new Examples(features, vectors, labels, flags);
    }

    /** Each example's vector: the one it carries, else the encoder's (only those that carry none are encoded). */
    private float[][] vectors(String split, List<LabelledText> texts, int size, TrainingProgress progress, BooleanSupplier cancelled) {
        int n = texts.size();
        float[][] vectors = new float[n][];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LabelledText text = texts.get(i);
            if (text.hasVector()) {
                if (text.vectorView().length != size) {
                    throw new IllegalArgumentException(split + " example " + (i + 1) + " carries a " + text.vectorView().length
                            + "-d vector; the model reads " + size + "-d vectors of " + vectorModel.id());
                }
                vectors[i] = text.vectorView();
            } else {
                missing.add(i);
            }
        }
        if (!missing.isEmpty() && encoder == null) {
            throw new IllegalArgumentException(split + " example " + (missing.get(0) + 1) + " carries no vector and no encoder was"
                    + " given to compute it: give the encoder with optEncoder");
        }
        for (int from = 0; from < missing.size(); from += ENCODE_CHUNK) {
            checkCancelled(cancelled);
            progress.report(split + " vectors", from, missing.size());
            int to = Math.min(missing.size(), from + ENCODE_CHUNK);
            List<String> chunk = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                chunk.add(texts.get(missing.get(k)).text());
            }
            float[][] encoded = encoder.encode(chunk);
            for (int k = from; k < to; k++) {
                vectors[missing.get(k)] = encoded[k - from];
            }
        }
        if (!missing.isEmpty()) {
            progress.report(split + " vectors", missing.size(), missing.size());
        }
        return vectors;
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("training cancelled");
        }
    }

    /** Single-label: a weight per label for its examples; multi-label: a weight per label for its positives. */
    private float[] labelWeights(TrainingData data, Examples train) {
        int count = data.labels().size();
        float[] weights = new float[count];
        java.util.Arrays.fill(weights, 1f);
        if (settings.classWeighting() == ClassWeighting.NONE) {
            return weights;
        }
        int n = train.size();
        int[] positives = new int[count];
        for (int i = 0; i < n; i++) {
            if (train.labels() != null) {
                positives[train.labels()[i]]++;
            } else {
                for (int l = 0; l < count; l++) {
                    positives[l] += train.flags()[i][l] ? 1 : 0;
                }
            }
        }
        for (int l = 0; l < count; l++) {
            if (positives[l] == 0) {
                continue;
            }
            weights[l] = data.multiLabel()
                    ? Math.max(1f, Math.min(20f, (float) (n - positives[l]) / positives[l]))
                    : (float) n / (count * positives[l]);
        }
        return weights;
    }

    /**
     * Seeded starting values, drawn in parameter order: the n-gram table and biases at zero, vector weights
     * uniform (Glorot). Given as initializers so that the trainer attaches gradients to them as usual.
     */
    private static void initialise(TextModelBlock block, Random random) {
        for (Map.Entry<String, Parameter> entry : block.parametersByName().entrySet()) {
            Shape shape = entry.getValue().getShape();
            float[] values = new float[Math.toIntExact(shape.size())];
            if (entry.getKey().equals("hidden_weight") || entry.getKey().equals("vector_weight")) {
                double limit = Math.sqrt(6.0 / (shape.get(0) + shape.get(1)));
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
                }
            }
            Initializer initializer = (manager, requested, type) -> manager.create(values, requested);
            block.setInitializer(initializer, entry.getKey());
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    private static void step(NDManager parent, TextModelBlock block, ParameterStore store, TextModelSpec spec, Examples train,
            int[] order, int from, int to, float[] labelWeights, boolean multiLabel) {
        int rows = to - from;
        int labels = spec.labelCount();
        try (NDManager manager = parent.newSubManager()) {
            NDList inputs = new NDList();
            if (spec.readsNgrams()) {
                int width = 1;
                for (int k = from; k < to; k++) {
                    width = Math.max(width, train.features()[order[k]].size());
                }
                long[] ids = new long[rows * width];
                float[] weights = new float[rows * width];
                for (int r = 0; r < rows; r++) {
                    HashedNgrams features = train.features()[order[from + r]];
                    for (int j = 0; j < features.size(); j++) {
                        ids[r * width + j] = features.buckets()[j];
                        weights[r * width + j] = features.weights()[j];
                    }
                }
                inputs.add(manager.create(ids, new Shape(rows, width)));
                inputs.add(manager.create(weights, new Shape(rows, width)));
            }
            if (spec.readsVectors()) {
                float[] vectors = new float[rows * spec.vectorSize()];
                for (int r = 0; r < rows; r++) {
                    System.arraycopy(train.vectors()[order[from + r]], 0, vectors, r * spec.vectorSize(), spec.vectorSize());
                }
                inputs.add(manager.create(vectors, new Shape(rows, spec.vectorSize())));
            }
            float[] targets = new float[rows * labels];
            for (int r = 0; r < rows; r++) {
                int example = order[from + r];
                if (multiLabel) {
                    for (int l = 0; l < labels; l++) {
                        targets[r * labels + l] = train.flags()[example][l] ? 1f : 0f;
                    }
                } else {
                    int label = train.labels()[example];
                    targets[r * labels + label] = labelWeights[label];
                }
            }
            NDArray target = manager.create(targets, new Shape(rows, labels));
            try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                NDArray logits = block.forward(store, inputs, true).singletonOrThrow();
                NDArray loss;
                if (multiLabel) {
                    // binary cross-entropy with logits, positives weighted: (1-y)x + (1+(w-1)y)(log(1+e^-|x|) + max(-x,0))
                    NDArray positiveWeight = manager.create(labelWeights).reshape(1, labels);
                    NDArray scale = target.mul(positiveWeight.sub(1f)).add(1f);
                    NDArray softplus = logits.abs().neg().exp().add(1f).log().add(logits.neg().maximum(0f));
                    loss = target.neg().add(1f).mul(logits).add(scale.mul(softplus)).mean();
                } else {
                    // weighted cross-entropy: the target row holds the label's weight at the gold label
                    loss = logits.logSoftmax(1).mul(target).sum().neg().div(rows);
                }
                collector.backward(loss);
            }
            store.updateAllParameters();
        }
    }

    private record Scored(double value, ClassificationMetrics metrics, float[] thresholds) {}

    /** The validation split's figures; for multi-label data after tuning each label's threshold on it. */
    private static Scored score(TextModelWeights weights, Examples validation, TrainingData data, String metric) {
        int n = validation.size();
        int labels = data.labels().size();
        float[][] logits = new float[n][];
        for (int i = 0; i < n; i++) {
            logits[i] = weights.logits(validation.features() == null ? null : validation.features()[i],
                    validation.vectors() == null ? null : validation.vectors()[i]);
        }
        if (!data.multiLabel()) {
            int[] predicted = new int[n];
            for (int i = 0; i < n; i++) {
                predicted[i] = argmax(logits[i]);
            }
            ClassificationMetrics metrics = ClassificationMetrics.singleLabel(data.labels(), validation.labels(), predicted);
            return new Scored(metrics.value(metric), metrics, null);
        }
        float[] thresholds = new float[labels];
        boolean[][] predicted = new boolean[n][labels];
        for (int l = 0; l < labels; l++) {
            double[] scores = new double[n];
            boolean[] gold = new boolean[n];
            for (int i = 0; i < n; i++) {
                scores[i] = 1 / (1 + Math.exp(-logits[i][l]));
                gold[i] = validation.flags()[i][l];
            }
            thresholds[l] = Thresholds.bestF1(scores, gold);
            for (int i = 0; i < n; i++) {
                predicted[i][l] = scores[i] >= thresholds[l];
            }
        }
        ClassificationMetrics metrics = ClassificationMetrics.multiLabel(data.labels(), validation.flags(), predicted);
        return new Scored(metrics.value(metric), metrics, thresholds);
    }

    private static ClassificationMetrics finalFigures(TextModelWeights weights, Examples validation, TrainingData data) {
        int n = validation.size();
        int labels = data.labels().size();
        int[] predicted = new int[n];
        boolean[][] flags = new boolean[n][labels];
        for (int i = 0; i < n; i++) {
            float[] logits = weights.logits(validation.features() == null ? null : validation.features()[i],
                    validation.vectors() == null ? null : validation.vectors()[i]);
            predicted[i] = argmax(logits);
            for (int l = 0; l < labels; l++) {
                flags[i][l] = (float) (1 / (1 + Math.exp(-logits[l]))) >= 0.5f; // as the classifier scores it
            }
        }
        return data.multiLabel() ? ClassificationMetrics.multiLabel(data.labels(), validation.flags(), flags)
                : ClassificationMetrics.singleLabel(data.labels(), validation.labels(), predicted);
    }

    private static float[] negatedLogits(float[] thresholds) {
        float[] shift = new float[thresholds.length];
        for (int l = 0; l < thresholds.length; l++) {
            double t = thresholds[l];
            shift[l] = (float) -Math.log(t / (1 - t));
        }
        return shift;
    }

    static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The trainer's settings.
     *
     * @param buckets n-gram hash buckets; 0 to choose from the label count ({@link #defaultBuckets})
     * @param hiddenSize hidden width of the vector head; 0 for a logistic head
     * @param metric the validation figure that selects the epoch; null for macro_f1 (single) / micro_f1 (multi)
     */
    public record Settings(ModelFamily family, long seed, NgramSettings ngrams, int buckets, int hiddenSize, String metric,
            ClassWeighting classWeighting, float learningRate, float weightDecay, int batchSize, int maxEpochs, int patience) {}

    /** DJL-style: {@code setX} for what is required, {@code optX} for the rest. */
    public static final class Builder {
        private ModelFamily family;
        private long seed = 42;
        private NgramSettings ngrams = NgramSettings.defaults(1);
        private int buckets;
        private int hiddenSize;
        private String metric;
        private ClassWeighting classWeighting = ClassWeighting.NONE;
        private float learningRate = 0.01f;
        private float weightDecay;
        private int batchSize = 32;
        private int maxEpochs = 20;
        private int patience = 3;
        private TextEncoder encoder;
        private ModelInfo vectorModel;

        private Builder() {}

        public Builder setFamily(ModelFamily value) { this.family = value; return this; }
        public Builder optSeed(long value) { this.seed = value; return this; }
        /** Word and character n-gram ranges and the hash seed; its bucket count is replaced by {@link #optBuckets}. */
        public Builder optNgrams(NgramSettings value) { this.ngrams = value; return this; }
        public Builder optBuckets(int value) { this.buckets = value; return this; }
        public Builder optHiddenSize(int value) { this.hiddenSize = value; return this; }
        public Builder optMetric(String value) { this.metric = value; return this; }
        public Builder optClassWeighting(ClassWeighting value) { this.classWeighting = value; return this; }
        public Builder optLearningRate(float value) { this.learningRate = value; return this; }
        public Builder optWeightDecay(float value) { this.weightDecay = value; return this; }
        public Builder optBatchSize(int value) { this.batchSize = value; return this; }
        public Builder optMaxEpochs(int value) { this.maxEpochs = value; return this; }
        public Builder optPatience(int value) { this.patience = value; return this; }
        /** The sentence encoder for {@link ModelFamily#ENCODER_HEAD} and {@link ModelFamily#COMBINED}; not closed by the trainer. */
        public Builder optEncoder(TextEncoder value) { this.encoder = value; return this; }
        /**
         * Instead of an encoder, for examples that all carry their vectors ({@link LabelledText#vector()}): the
         * encoder those vectors came from (its id and dimension), which the model and its pack then name.
         */
        public Builder optVectorsOf(ModelInfo value) { this.vectorModel = value; return this; }

        public TextModelTrainer build() {
            Objects.requireNonNull(family, "setFamily: NGRAM, ENCODER_HEAD or COMBINED");
            if (family.readsVectors() && encoder == null && vectorModel == null) {
                throw new IllegalArgumentException(family + " reads encoder vectors: give the encoder with optEncoder"
                        + " (or, when every example carries its vector, their encoder's model with optVectorsOf)");
            }
            if (encoder != null && vectorModel != null && !encoder.model().id().equals(vectorModel.id())) {
                throw new IllegalArgumentException("the vectors are of " + vectorModel.id() + " but the encoder is " + encoder.model().id());
            }
            if (buckets < 0 || hiddenSize < 0 || batchSize < 1 || maxEpochs < 1 || patience < 1 || !(learningRate > 0) || weightDecay < 0) {
                throw new IllegalArgumentException("buckets and hiddenSize must be >= 0, batch size, epochs and patience >= 1,"
                        + " learning rate > 0, weight decay >= 0");
            }
            Objects.requireNonNull(ngrams, "optNgrams");
            Objects.requireNonNull(classWeighting, "optClassWeighting");
            return new TextModelTrainer(new Settings(family, seed, ngrams, buckets, hiddenSize, metric, classWeighting,
                    learningRate, weightDecay, batchSize, maxEpochs, patience), family.readsVectors() ? encoder : null,
                    !family.readsVectors() ? null : encoder != null ? encoder.model() : vectorModel);
        }
    }
}
