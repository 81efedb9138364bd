package org.postlens.runtime.train;

import ai.djl.Device;
import ai.djl.Model;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.TextEncoder;
import org.postlens.runtime.eval.ClassificationMetrics;
import org.postlens.runtime.pack.TextModelBlock;
import org.postlens.runtime.pack.TextModelClassifier;
import org.postlens.runtime.pack.TextModelSpec;
import org.postlens.runtime.pack.TextModelWeights;

/**
 * The result of {@link TextModelTrainer#train}: the kept epoch's weights, ready to classify, to be evaluated,
 * and to be written as a model pack that {@code ModelPackLoader} and {@code Classifiers.open} read.
 * Multi-label models have each label's tuned threshold folded into its bias: a label applies at score 0.5.
 */
public final class TrainedTextModel {

    public static final String MODEL_NAME = "model";
    public static final String MODEL_FILE = MODEL_NAME + "-0000.params";

    private final List<String> labels;
    private final boolean multiLabel;
    private final TextModelWeights weights;
    private final TextModelTrainer.Settings settings;
    private final TrainingReport report;
    private final TextModelClassifier classifier;
    private final TextEncoder encoder;

    TrainedTextModel(List<String> labels, boolean multiLabel, TextModelWeights weights, TextModelTrainer.Settings settings,
            TrainingReport report, TextEncoder encoder) {
        this.labels = List.copyOf(labels);
        this.multiLabel = multiLabel;
        this.weights = weights;
        this.settings = settings;
        this.report = report;
        this.encoder = encoder;
        this.classifier = new TextModelClassifier(new ModelInfo("trained-" + settings.family().name().toLowerCase(java.util.Locale.ROOT),
                "unsaved", labels.size(), "PyTorch", "cpu"), labels, multiLabel, weights, encoder);
    }

    public List<String> labels() {
        return labels;
    }

    public boolean multiLabel() {
        return multiLabel;
    }

    public TextModelSpec spec() {
        return weights.spec();
    }

    public TrainingReport report() {
        return report;
    }

    /**
     * The same model reporting figures measured elsewhere, e.g. cross-validated ones for a model trained on every
     * label ({@link TextModelTrainer#trainAll}); the model card then gives these, saying where they come from.
     */
    public TrainedTextModel withFigures(ClassificationMetrics figures, String from) {
        if (!figures.labels().equals(labels) || figures.multiLabel() != multiLabel) {
            throw new IllegalArgumentException("figures for labels " + figures.labels() + " do not describe a model of " + labels);
        }
        return new TrainedTextModel(labels, multiLabel, weights, settings, report.withFigures(figures, from), encoder);
    }

    /** A classifier over these weights (the same one a pack written from them gives); encodes texts itself if it needs vectors. */
    public TextModelClassifier classifier() {
        return classifier;
    }

    public List<Prediction> classify(List<String> texts) {
        return classifier.classify(texts);
    }

    /** Figures on labelled texts (e.g. a held-out split): single-label by the top label, multi-label by score >= 0.5. */
    public ClassificationMetrics evaluate(List<LabelledText> examples) {
        return evaluate(classifier, examples);
    }

    /** Figures of any classifier with these labels on labelled texts. */
    public static ClassificationMetrics evaluate(org.postlens.runtime.TextClassifier classifier, List<LabelledText> examples) {
        List<String> texts = examples.stream().map(LabelledText::text).toList();
        List<Prediction> predictions = classifier.classify(texts);
        List<String> labels = classifier.labels();
        if (!classifier.multiLabel()) {
            List<String> gold = examples.stream().map(e -> e.labels().get(0)).toList();
            return ClassificationMetrics.singleLabel(labels, gold, predictions.stream().map(Prediction::label).toList());
        }
        boolean[][] gold = new boolean[examples.size()][labels.size()];
        boolean[][] predicted = new boolean[examples.size()][labels.size()];
        for (int i = 0; i < examples.size(); i++) {
            for (String label : examples.get(i).labels()) {
                int index = labels.indexOf(label);
                if (index < 0) {
                    throw new IllegalArgumentException("example " + (i + 1) + " has label '" + label + "', not one of " + labels);
                }
                gold[i][index] = true;
            }
            float[] scores = predictions.get(i).scores();
            for (int l = 0; l < scores.length; l++) {
                predicted[i][l] = scores[l] >= 0.5f;
            }
        }
        return ClassificationMetrics.multiLabel(labels, gold, predicted);
    }

    /**
     * Writes a pack folder: {@value #MODEL_FILE} (DJL {@code model.save}), {@code labels.txt},
     * {@code serving.properties} and {@code model-card.json} with the validation figures and the sha256.
     * No time stamps: the same model gives the same bytes.
     *
     * @return the folder
     */
    public Path writePack(Path folder, PackDescription description) {
        if (description.seed() != null && description.seed() != report.seed()) {
            throw new IllegalArgumentException("the description says seed " + description.seed() + " but the model was trained with "
                    + report.seed());
        }
        String metric = description.metric() != null ? description.metric() : report.metric();
        try {
            Files.createDirectories(folder);
            Path params = folder.resolve(MODEL_FILE);
            Files.deleteIfExists(params);
            try (Model model = Model.newInstance(description.id(), Device.cpu(), "PyTorch")) {
                TextModelBlock block = new TextModelBlock(weights.spec());
                model.setBlock(block);
                weights.initializeAsStored(block, model.getNDManager());
                model.save(folder, MODEL_NAME);
            }
            Files.writeString(folder.resolve("labels.txt"), String.join("\n", labels) + "\n", StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("serving.properties"), servingProperties(description), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("model-card.json"), card(description, metric, sha256(params)), StandardCharsets.UTF_8);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pack to " + folder + ": " + e.getMessage(), e);
        }
    }

    private String servingProperties(PackDescription description) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("engine", "PyTorch");
        properties.put("option.modelName", MODEL_NAME);
        properties.putAll(weights.spec().properties());
        properties.put("postlens.id", description.id());
        properties.put("postlens.version", description.version());
        properties.put("postlens.task", description.task());
        if (description.target() != null) {
            properties.put("postlens.target", description.target());
        }
        properties.put("postlens.languages", String.join(",", description.languages()));
        StringBuilder text = new StringBuilder();
        properties.forEach((key, value) -> text.append(key).append('=').append(value.replace("\\", "\\\\")).append('\n'));
        return text.toString();
    }

    private String card(PackDescription description, String metric, String sha256) {
        JsonObject card = new JsonObject();
        card.addProperty("id", description.id());
        card.addProperty("version", description.version());
        card.addProperty("task", description.task());
        if (description.target() != null) {
            card.addProperty("target", description.target());
        }
        JsonArray languages = new JsonArray();
        description.languages().forEach(languages::add);
        card.add("languages", languages);
        card.addProperty("multiLabel", multiLabel);
        card.addProperty("modelFile", MODEL_FILE);
        card.addProperty("sha256", sha256);
        JsonObject training = new JsonObject();
        training.addProperty("name", description.trainingData());
        training.addProperty("licence", description.licence());
        card.add("trainingData", training);
        card.addProperty("metric", metric);
        JsonObject validation = new JsonObject();
        report.validation().summary(metric).forEach((name, value) -> validation.addProperty(name, rounded(value)));
        JsonObject metrics = new JsonObject();
        metrics.add("validation", validation);
        card.add("metrics", metrics);
        JsonObject perLabel = new JsonObject();
        report.validation().perLabel().forEach(scores -> {
            JsonObject one = new JsonObject();
            one.addProperty("precision", rounded(scores.precision()));
            one.addProperty("recall", rounded(scores.recall()));
            one.addProperty("f1", rounded(scores.f1()));
            one.addProperty("support", scores.support());
            perLabel.add(scores.label(), one);
        });
        card.add("validationPerLabel", perLabel);
        card.add("training", trainingFields());
        description.extra().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(entry -> !card.has(entry.getKey()))
                .forEach(entry -> card.addProperty(entry.getKey(), entry.getValue()));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(card) + "\n";
    }

    private JsonObject trainingFields() {
        JsonObject training = new JsonObject();
        training.addProperty("family", settings.family().name());
        training.addProperty("seed", report.seed());
        training.addProperty("selectedBy", report.selectedBy());
        training.addProperty("figuresFrom", report.figuresFrom());
        training.addProperty("bestEpoch", report.bestEpoch());
        training.addProperty("epochs", report.epochs());
        training.addProperty("trainExamples", report.trainExamples());
        training.addProperty("validationExamples", report.validationExamples());
        training.addProperty("classWeighting", settings.classWeighting().name());
        training.addProperty("optimizer", "Adam");
        training.addProperty("learningRate", settings.learningRate());
        training.addProperty("weightDecay", settings.weightDecay());
        training.addProperty("batchSize", settings.batchSize());
        training.addProperty("maxEpochs", settings.maxEpochs());
        training.addProperty("patience", settings.patience());
        if (weights.spec().readsNgrams()) {
            training.addProperty("buckets", weights.spec().buckets());
            training.addProperty("wordNgrams", "1-" + weights.spec().ngrams().wordMaxN());
            training.addProperty("charNgrams", weights.spec().ngrams().charMinN() + "-" + weights.spec().ngrams().charMaxN());
        }
        if (weights.spec().readsVectors()) {
            training.addProperty("encoder", weights.spec().encoderId());
            training.addProperty("hiddenSize", weights.spec().hiddenSize());
        }
        if (report.thresholds() != null) {
            JsonObject thresholds = new JsonObject();
            for (int l = 0; l < labels.size(); l++) {
                thresholds.addProperty(labels.get(l), rounded(report.thresholds()[l]));
            }
            training.add("thresholdsFoldedIntoBias", thresholds);
            training.addProperty("thresholdRule", Thresholds.RULE);
        }
        training.addProperty("engine", "DJL PyTorch (CPU)");
        return training;
    }

    private static double rounded(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
