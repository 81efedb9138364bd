package org.postlens.app.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.JobCancelledException;
import org.postlens.resources.ReferenceFigures;
import org.postlens.resources.TaskDefinition;
import org.postlens.resources.TaskDefinitions;
import org.postlens.resources.TaskLanguage;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.TextClassifier;
import org.postlens.runtime.eval.ClassificationMetrics;
import org.postlens.runtime.pack.ModelCard;
import org.postlens.runtime.pack.ModelPack;
import org.postlens.runtime.train.LabelledText;

/**
 * Measures a pack on labelled data with the metric of its task's literature, and per label: on a data set
 * folder, its validation split (test splits are kept apart); on a file of the user's own, every row.
 */
public final class PackEvaluator {

    static final int CHUNK = 256;
    /** {@code train}'s default seed, for packs whose card names none. */
    static final long DEFAULT_SEED = 42;

    private final TaskDefinitions tasks;

    public PackEvaluator(TaskDefinitions tasks) {
        this.tasks = tasks;
    }

    /** Progress as texts classified out of the total. */
    @FunctionalInterface
    public interface Progress {
        void report(long done, long total);
    }

    /**
     * Reads the data for {@code pack}'s task in {@code language} (null: the pack's first language). A validation
     * split carved from a data set is carved with the pack's own seed, so that it is the one the pack never saw.
     */
    public LabelledDataSet read(ModelPack pack, Path data, String language) throws IOException {
        String lang = language != null ? language : pack.languages().isEmpty() ? null : pack.languages().get(0);
        long seed = card(pack).path("seed").asLong(DEFAULT_SEED);
        return new TrainingDataSources(tasks).read(data, null, new DataSetRequest(pack.task(), lang, seed));
    }

    public Evaluation evaluate(ModelPack pack, TextClassifier classifier, LabelledDataSet data, boolean wholeFile,
                               Progress progress, CancellationToken cancel) {
        List<LabelledText> examples = new ArrayList<>(data.data().validation());
        if (wholeFile) {
            examples.addAll(0, data.data().train());
        }
        Optional<TaskDefinition> task = tasks.find(pack.task());
        String metric = cardMetric(pack).orElseGet(() -> PackTrainer.metric(task, data));
        List<String> labels = classifier.labels();
        ClassificationMetrics.checkMetricName(metric, labels);
        List<Prediction> predictions = classify(classifier, examples, progress, cancel::isCancelled);
        ClassificationMetrics metrics = metrics(labels, classifier.multiLabel(), examples, predictions);
        TaskLanguage taskLanguage = task.flatMap(t -> t.language(data.language())).orElse(null);
        ReferenceFigures reference = data.taskDataSet() && taskLanguage != null && taskLanguage.metric().equals(metric)
                ? taskLanguage.reference() : null;
        String split = wholeFile ? "every row (" + examples.size() + ")"
                : "validation split: " + (data.validationNote() == null ? "the data set's own" : data.validationNote());
        return new Evaluation(pack.id(), pack.task(), data.language(), data.name(), split, data.badRows(), metric,
                metrics, reference);
    }

    private static List<Prediction> classify(TextClassifier classifier, List<LabelledText> examples, Progress progress,
                                             BooleanSupplier cancelled) {
        List<Prediction> predictions = new ArrayList<>(examples.size());
        for (int from = 0; from < examples.size(); from += CHUNK) {
            if (cancelled.getAsBoolean()) {
                throw new JobCancelledException();
            }
            int to = Math.min(examples.size(), from + CHUNK);
            predictions.addAll(classifier.classify(examples.subList(from, to).stream().map(LabelledText::text).toList()));
            progress.report(to, examples.size());
        }
        return predictions;
    }

    static ClassificationMetrics metrics(List<String> labels, boolean multiLabel, List<LabelledText> examples,
                                         List<Prediction> predictions) {
        if (!multiLabel) {
            for (LabelledText example : examples) {
                if (!labels.contains(example.labels().get(0))) {
                    throw new UnsupportedDataException("the data has label '" + example.labels().get(0)
                            + "', which the pack does not know (its labels: " + labels + ")");
                }
            }
            return ClassificationMetrics.singleLabel(labels, examples.stream().map(e -> e.labels().get(0)).toList(),
                    predictions.stream().map(Prediction::label).toList());
        }
        boolean[][] gold = new boolean[examples.size()][labels.size()];
        boolean[][] predicted = new boolean[examples.size()][labels.size()];
        for (int i = 0; i < examples.size(); i++) {
            for (String label : examples.get(i).labels()) {
                int index = labels.indexOf(label);
                if (index < 0) {
                    throw new UnsupportedDataException("the data has label '" + label
                            + "', which the pack does not know (its labels: " + labels + ")");
                }
                gold[i][index] = true;
            }
            float[] scores = predictions.get(i).scores();
            for (int l = 0; l < labels.size(); l++) {
                predicted[i][l] = scores[l] >= 0.5f;
            }
        }
        return ClassificationMetrics.multiLabel(labels, gold, predicted);
    }

    /** The metric the pack's card names (its training's). */
    private static Optional<String> cardMetric(ModelPack pack) {
        String metric = card(pack).path("metric").asText("");
        return metric.isBlank() ? Optional.empty() : Optional.of(metric);
    }

    /** The pack's model-card.json as JSON (the loader has checked it is readable); empty when it cannot be read. */
    private static JsonNode card(ModelPack pack) {
        try {
            Path card = pack.folder().resolve(ModelCard.FILE_NAME);
            return Files.exists(card) ? new ObjectMapper().readTree(card.toFile()) : MissingNode.getInstance();
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
