package org.postlens.runtime.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.TextEncoder;
import org.postlens.runtime.eval.ClassificationMetrics;
import org.postlens.runtime.train.ClassWeighting;
import org.postlens.runtime.train.LabelledText;
import org.postlens.runtime.train.ModelFamily;
import org.postlens.runtime.train.TextModelTrainer;
import org.postlens.runtime.train.TrainedTextModel;
import org.postlens.runtime.train.TrainingProgress;

/**
 * Trains a classifier on a project's own labels, from a handful to thousands, with a fixed recipe
 * ({@link FewLabelRecipe}) on DJL's PyTorch engine, every label used for training; cross-validation only
 * measures (the figures, the learning curve), it chooses nothing.
 *
 * <p>Examples that carry their encoder vector ({@link LabelledText#vector()}) are not encoded again; the rest
 * are encoded once, however many folds train on them. Reproducible: the same labels and seed give the same
 * model, figures and curve.
 *
 * <pre>
 * ActiveLearner learner = ActiveLearner.builder().setFamily(ModelFamily.COMBINED).optVectorsOf(encoderInfo).build();
 * TrainedTextModel model = learner.trainAndCrossValidate(labels, false, examples, progress, cancelled).model();
 * </pre>
 */
public final class ActiveLearner {

    public static final int DEFAULT_FOLDS = 5;

    private final ModelFamily family;
    private final long seed;
    private final int folds;
    private final TextEncoder encoder;
    private final ModelInfo vectorModel;

    private ActiveLearner(Builder builder) {
        this.family = builder.family;
        this.seed = builder.seed;
        this.folds = builder.folds;
        this.encoder = builder.encoder;
        this.vectorModel = builder.vectorModel;
    }

    public static Builder builder() {
        return new Builder();
    }

    public ModelFamily family() {
        return family;
    }

    public long seed() {
        return seed;
    }

    /** The trainer the recipe gives for this many labels. */
    public TextModelTrainer trainer(int examples) {
        FewLabelRecipe recipe = FewLabelRecipe.forLabels(examples);
        TextModelTrainer.Builder builder = TextModelTrainer.builder().setFamily(family).optSeed(seed)
                .optClassWeighting(ClassWeighting.BALANCED)
                .optBatchSize(recipe.batchSize()).optMaxEpochs(recipe.epochs())
                .optLearningRate(recipe.learningRate()).optWeightDecay(recipe.weightDecay())
                .optBuckets(recipe.buckets());
        if (family.readsVectors()) {
            builder.optEncoder(encoder).optVectorsOf(vectorModel);
        }
        return builder.build();
    }

    /** A model trained on every example; its report's figures are on those examples (see {@link #trainAndCrossValidate}). */
    public TrainedTextModel train(List<String> labels, boolean multiLabel, List<LabelledText> examples, TrainingProgress progress,
            BooleanSupplier cancelled) {
        return trainer(examples.size()).trainAll(labels, multiLabel, withVectors(examples), progress, cancelled);
    }

    /** A model trained on every example and its cross-validation, whose figures its report (and model card) give. */
    public CrossValidatedModel trainAndCrossValidate(List<String> labels, boolean multiLabel, List<LabelledText> examples,
            TrainingProgress progress, BooleanSupplier cancelled) {
        List<LabelledText> complete = withVectors(examples);
        CrossValidation cv = crossValidate(labels, multiLabel, complete, progress, cancelled);
        TrainedTextModel model = train(labels, multiLabel, complete, progress, cancelled);
        return new CrossValidatedModel(cv == null ? model : model.withFigures(cv.figures(), cv.description()), cv);
    }

    /** @param crossValidation null with fewer than two examples */
    public record CrossValidatedModel(TrainedTextModel model, CrossValidation crossValidation) {}

    /**
     * Stratified k-fold figures ({@link #DEFAULT_FOLDS} folds, fewer when there are fewer examples); null when
     * there are fewer than two examples.
     */
    public CrossValidation crossValidate(List<String> labels, boolean multiLabel, List<LabelledText> examples,
            TrainingProgress progress, BooleanSupplier cancelled) {
        int n = examples.size();
        if (n < 2) {
            return null;
        }
        List<LabelledText> complete = withVectors(examples);
        int k = Math.min(folds, n);
        int[] fold = StratifiedFolds.assign(complete, k, seed);
        List<float[]> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            scores.add(null);
        }
        for (int f = 0; f < k; f++) {
            List<LabelledText> train = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    held.add(i);
                } else {
                    train.add(complete.get(i));
                }
            }
            TrainedTextModel model = trainer(train.size()).trainAll(labels, multiLabel, train, TrainingProgress.none(), cancelled);
            List<LabelledText> heldExamples = held.stream().map(complete::get).toList();
            List<Prediction> predictions = classify(model, heldExamples);
            for (int j = 0; j < held.size(); j++) {
                scores.set(held.get(j), predictions.get(j).scores());
            }
            progress.report("cross-validation", f + 1, k);
        }
        ClassificationMetrics figures = figures(labels, multiLabel, complete, scores);
        String metric = multiLabel ? "micro_f1" : "macro_f1";
        return new CrossValidation(n, k, metric, figures.value(metric), figures);
    }

    /**
     * The cross-validated figure at growing label counts ({@code sizes} below the example count, then all of
     * them): each point a stratified subset that contains the smaller ones.
     */
    public LearningCurve learningCurve(List<String> labels, boolean multiLabel, List<LabelledText> examples, List<Integer> sizes,
            TrainingProgress progress, BooleanSupplier cancelled) {
        List<LabelledText> complete = withVectors(examples);
        int[] order = StratifiedFolds.nestedOrder(complete, seed);
        List<Integer> counts = new ArrayList<>();
        sizes.stream().sorted().distinct().filter(size -> size >= 2 && size < complete.size()).forEach(counts::add);
        if (complete.size() >= 2) {
            counts.add(complete.size());
        }
        List<LearningCurve.Point> points = new ArrayList<>();
        for (int c = 0; c < counts.size(); c++) {
            int count = counts.get(c);
            List<LabelledText> subset = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                subset.add(complete.get(order[i]));
            }
            CrossValidation cv = crossValidate(labels, multiLabel, subset, TrainingProgress.none(), cancelled);
            points.add(new LearningCurve.Point(count, cv.folds(), cv.value()));
            progress.report("learning curve", c + 1, counts.size());
        }
        return new LearningCurve(multiLabel ? "micro_f1" : "macro_f1", points);
    }

    /** Predictions of a model trained here for examples that carry their vectors where the model reads them. */
    public static List<Prediction> classify(TrainedTextModel model, List<LabelledText> examples) {
        List<String> texts = examples.stream().map(LabelledText::text).toList();
        if (!model.spec().readsVectors()) {
            return model.classifier().classify(texts, null);
        }
        return model.classifier().classify(texts, examples.stream().map(LabelledText::vector).toList());
    }

    /**
     * The examples with every vector the model will read: those they carry, the rest encoded here. Callers that
     * train, cross-validate and draw a curve on the same examples complete them once.
     */
    public List<LabelledText> withVectors(List<LabelledText> examples) {
        if (!family.readsVectors()) {
            return examples;
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (!examples.get(i).hasVector()) {
                missing.add(i);
            }
        }
        if (missing.isEmpty()) {
            return examples;
        }
        if (encoder == null) {
            throw new IllegalArgumentException("example " + (missing.get(0) + 1) + " carries no vector and no encoder was given");
        }
        float[][] encoded = encoder.encode(missing.stream().map(i -> examples.get(i).text()).toList());
        List<LabelledText> complete = new ArrayList<>(examples);
        for (int k = 0; k < missing.size(); k++) {
            complete.set(missing.get(k), examples.get(missing.get(k)).withVector(encoded[k]));
        }
        return complete;
    }

    private static ClassificationMetrics figures(List<String> labels, boolean multiLabel, List<LabelledText> examples,
            List<float[]> scores) {
        int n = examples.size();
        if (!multiLabel) {
            int[] gold = new int[n];
            int[] predicted = new int[n];
            for (int i = 0; i < n; i++) {
                gold[i] = indexOf(labels, examples.get(i).labels().get(0));
                predicted[i] = argmax(scores.get(i));
            }
            return ClassificationMetrics.singleLabel(labels, gold, predicted);
        }
        boolean[][] gold = new boolean[n][labels.size()];
        boolean[][] predicted = new boolean[n][labels.size()];
        for (int i = 0; i < n; i++) {
            for (String label : examples.get(i).labels()) {
                gold[i][indexOf(labels, label)] = true;
            }
            for (int l = 0; l < labels.size(); l++) {
                predicted[i][l] = scores.get(i)[l] >= 0.5f;
            }
        }
        return ClassificationMetrics.multiLabel(labels, gold, predicted);
    }

    private static int indexOf(List<String> labels, String label) {
        int index = labels.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("label '" + label + "' is not one of " + labels);
        }
        return index;
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** DJL-style: {@code setX} for what is required, {@code optX} for the rest. */
    public static final class Builder {
        private ModelFamily family;
        private long seed = 42;
        private int folds = DEFAULT_FOLDS;
        private TextEncoder encoder;
        private ModelInfo vectorModel;

        private Builder() {}

        public Builder setFamily(ModelFamily value) { this.family = value; return this; }
        public Builder optSeed(long value) { this.seed = value; return this; }
        public Builder optFolds(int value) { this.folds = value; return this; }
        /** Encodes the examples that carry no vector; not closed by the learner. */
        public Builder optEncoder(TextEncoder value) { this.encoder = value; return this; }
        /** The encoder the examples' vectors come from, when no encoder is given (every example then carries one). */
        public Builder optVectorsOf(ModelInfo value) { this.vectorModel = value; return this; }

        public ActiveLearner build() {
            Objects.requireNonNull(family, "setFamily: NGRAM, ENCODER_HEAD or COMBINED");
            if (folds < 2) {
                throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + folds);
            }
            if (family.readsVectors() && encoder == null && vectorModel == null) {
                throw new IllegalArgumentException(family + " reads encoder vectors: give the encoder (optEncoder) or, when every"
                        + " example carries its vector, the encoder's model (optVectorsOf)");
            }
            return new ActiveLearner(this);
        }
    }
}
