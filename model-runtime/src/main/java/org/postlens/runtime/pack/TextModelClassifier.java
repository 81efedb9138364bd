package org.postlens.runtime.pack;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.postlens.runtime.Contribution;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.TextClassifier;
import org.postlens.runtime.TextEncoder;
import org.postlens.runtime.text.HashedNgrams;
import org.postlens.runtime.text.NgramFeaturizer;

/**
 * Classifies with a {@code text-model} pack (hashed n-grams, an encoder head, or both). The parameters are
 * loaded through DJL's PyTorch engine (so the pack is checked like any {@code .params} pack) and copied once
 * into Java arrays; the forward pass then runs in plain Java ({@link TextModelWeights}), which is faster than
 * a DJL call for models this small and gives a text the same scores whatever it is batched with.
 *
 * <p>Models that read encoder vectors ({@link #encoderId()} present) take them from {@link #classify(List, List)};
 * {@link #classify(List)} encodes the texts itself only when opened with an encoder.
 *
 * <p>Multi-label packs written by {@code TextModelTrainer} have each label's decision threshold folded into
 * its bias: a label applies when its score is at least 0.5 ({@link Prediction#label()} is still the top one).
 *
 * <p>Immutable and thread-safe; nothing native is held after {@link #open}.
 */
public final class TextModelClassifier implements TextClassifier {

    private final ModelInfo info;
    private final List<String> labels;
    private final boolean multiLabel;
    private final TextModelWeights weights;
    private final NgramFeaturizer featurizer;
    private final TextEncoder encoder;
    private final ScoreFunction scoreFunction;

    /**
     * @param encoder the encoder for {@link #classify(List)} when the model reads vectors; null to require
     *     callers to pass vectors. Not closed by this classifier.
     */
    public TextModelClassifier(ModelInfo info, List<String> labels, boolean multiLabel, TextModelWeights weights, TextEncoder encoder) {
        this.info = info;
        this.labels = List.copyOf(labels);
        this.multiLabel = multiLabel;
        this.weights = weights;
        this.featurizer = weights.spec().readsNgrams() ? new NgramFeaturizer(weights.spec().ngrams()) : null;
        this.encoder = encoder;
        this.scoreFunction = multiLabel ? ScoreFunction.SIGMOID : ScoreFunction.SOFTMAX;
        if (labels.size() != weights.spec().labelCount()) {
            throw new IllegalArgumentException(labels.size() + " labels for a model with " + weights.spec().labelCount() + " outputs");
        }
        if (encoder != null && weights.spec().readsVectors() && !encoder.model().id().equals(weights.spec().encoderId())) {
            throw new IllegalArgumentException("the model reads vectors of " + weights.spec().encoderId() + ", not of "
                    + encoder.model().id());
        }
    }

    /**
     * Loads a pack's parameters (see {@link ParamsModels}) and copies them into Java arrays.
     *
     * @param device ignored for the arithmetic (it runs in Java on the CPU); DJL loads the file on the CPU
     * @param encoder see the constructor; may be null
     */
    public static TextModelClassifier open(ModelPack pack, Device device, TextEncoder encoder) throws InvalidModelPackException {
        TextModelWeights weights = loadWeights(pack);
        if (encoder != null && weights.spec().readsVectors() && !encoder.model().id().equals(weights.spec().encoderId())) {
            throw new InvalidModelPackException(pack.id(), ModelPackLoader.SERVING_PROPERTIES + " " + TextModelSpec.ENCODER_KEY + "="
                    + weights.spec().encoderId() + " but the encoder given is " + encoder.model().id());
        }
        return new TextModelClassifier(new ModelInfo(pack.id(), pack.version(), pack.labels().size(), pack.engine(), "cpu"),
                pack.labels(), pack.multiLabel(), weights, encoder);
    }

    static TextModelWeights loadWeights(ModelPack pack) throws InvalidModelPackException {
        String file = pack.modelFile().getFileName().toString();
        try (Model model = ParamsModels.load(pack, Device.cpu())) {
            return TextModelWeights.of((TextModelBlock) model.getBlock());
        } catch (IOException | MalformedModelException | RuntimeException e) {
            throw new InvalidModelPackException(pack.id(), file + " cannot be loaded by " + pack.engine() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ModelInfo model() {
        return info;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public boolean multiLabel() {
        return multiLabel;
    }

    public TextModelSpec spec() {
        return weights.spec();
    }

    @Override
    public Optional<String> encoderId() {
        return Optional.ofNullable(weights.spec().encoderId());
    }

    @Override
    public Prediction classify(String text) {
        return classify(List.of(text)).get(0);
    }

    @Override
    public List<Prediction> classify(List<String> texts) {
        if (!weights.spec().readsVectors()) {
            return classify(texts, null);
        }
        if (encoder == null) {
            throw new IllegalStateException("model '" + info.id() + "' reads vectors of " + weights.spec().encoderId()
                    + ": pass them with classify(texts, vectors) or open it with that encoder");
        }
        return classify(texts, List.of(encoder.encode(texts)));
    }

    /** @param vectors one per text from {@link #encoderId()}'s encoder; may be null when the model reads none */
    @Override
    public List<Prediction> classify(List<String> texts, List<float[]> vectors) {
        if (weights.spec().readsVectors()) {
            Objects.requireNonNull(vectors, "model '" + info.id() + "' reads vectors of " + weights.spec().encoderId());
            if (vectors.size() != texts.size()) {
                throw new IllegalArgumentException(texts.size() + " texts but " + vectors.size() + " vectors");
            }
        }
        List<Prediction> predictions = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            predictions.add(prediction(logits(texts.get(i), vectors == null ? null : vectors.get(i))));
        }
        return predictions;
    }

    /** Raw logits of one text. */
    public float[] logits(String text, float[] vector) {
        HashedNgrams features = featurizer == null ? null : featurizer.featurize(text);
        return weights.logits(features, vector);
    }

    private Prediction prediction(float[] logits) {
        float[] scores = scoreFunction.apply(logits);
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return new Prediction(labels.get(best), scores[best], scores);
    }

    /**
     * Exact for the n-gram part: each n-gram's weight in the text times its row of the table, for the predicted
     * label (less the row's mean over the labels for single-label models, since softmax ignores a shift common
     * to all labels). Models that read only vectors fall back to occlusion. For models that read both, the
     * predicted label is taken with the vector when an encoder was given, else from the n-grams alone.
     */
    @Override
    public List<Contribution> explain(String text, int limit) {
        if (featurizer == null) {
            return TextClassifier.super.explain(text, limit);
        }
        if (text.isBlank() || limit < 1) {
            return List.of();
        }
        HashedNgrams features = featurizer.featurizeWithNames(text);
        float[] logits = weights.spec().readsVectors() && encoder != null
                ? weights.logits(features, encoder.encode(List.of(text))[0])
                : ngramLogits(features);
        int label = labels.indexOf(prediction(logits).label());
        List<Contribution> contributions = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            float[] row = weights.ngramRow(features.buckets()[i]);
            float reference = 0;
            if (!multiLabel) {
                for (float value : row) {
                    reference += value / row.length;
                }
            }
            contributions.add(new Contribution(features.names()[i], features.weights()[i] * (row[label] - reference)));
        }
        contributions.sort(Comparator.comparingDouble((Contribution c) -> Math.abs(c.weight())).reversed()
                .thenComparing(Contribution::feature));
        return List.copyOf(contributions.subList(0, Math.min(limit, contributions.size())));
    }

    private float[] ngramLogits(HashedNgrams features) {
        if (!weights.spec().readsVectors()) {
            return weights.logits(features, null);
        }
        return weights.logits(features, new float[weights.spec().vectorSize()]);
    }

    @Override
    public void close() {
        // nothing native is held: the DJL model was closed once its parameters were copied
    }
}
