package org.postlens.app.annotate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import org.postlens.app.domain.Int8Vector;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewPrediction;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.PostText;
import org.postlens.app.domain.PredictedLabels;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.domain.UncertainPost;
import org.postlens.app.embed.EmbedJob;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.JobCancelledException;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.jobs.ProgressMeter;
import org.postlens.app.store.Project;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.TextEncoder;
import org.postlens.runtime.learn.ActiveLearner;
import org.postlens.runtime.learn.CrossValidation;
import org.postlens.runtime.learn.LearningCurve;
import org.postlens.runtime.learn.Uncertainty;
import org.postlens.runtime.train.LabelledText;
import org.postlens.runtime.train.TrainedTextModel;
import org.postlens.runtime.train.TrainingProgress;

/**
 * Active learning for one label schema: trains a classifier on the schema's gold labels ({@link GoldLabels}),
 * measures it by cross-validation (and, when asked, a learning curve), then predicts every other post with text,
 * a page at a time, under a run of kind {@value #RUN_KIND} whose task is the schema's name. Each prediction is
 * stored with its uncertainty ({@link Uncertainty#MARGIN}), so that {@link #mostUncertain} gives the labelling
 * queue the posts a label would teach the model most.
 *
 * <p>Models that read sentence vectors use the vectors the project stores (no post is encoded twice); a post
 * without one is encoded when an encoder was given, else read from its n-grams alone (its vector left at zero).
 * A cancel or crash loses at most the page in flight; the run is then marked cancelled or failed, and the
 * queue keeps reading the last complete run.
 */
public final class ActiveLearningJob {

    public static final String RUN_KIND = "active-learning";
    /** Fewer gold labels than this train nothing worth predicting with. */
    public static final int MIN_LABELS = 4;

    private final Project project;
    private final LearnRequest request;
    private final TextEncoder encoder;

    /** @param encoder encodes posts that have no stored vector, for models that read vectors; may be null */
    public ActiveLearningJob(Project project, LearnRequest request, TextEncoder encoder) {
        this.project = project;
        this.request = request;
        this.encoder = encoder;
    }

    /**
     * The labelling queue: the latest complete active-learning run's predictions for the schema, most uncertain
     * first, without the posts labelled since. Empty when the schema has no such run.
     */
    public static List<UncertainPost> mostUncertain(Project project, LabelSchema schema, int limit) {
        return project.runs().latestComplete(RUN_KIND, schema.name())
                .map(run -> project.activeLearning().mostUncertain(run.id(), schema.id(), limit))
                .orElse(List.of());
    }

    public LearnReport run(ProgressListener listener, CancellationToken cancel) {
        long start = System.nanoTime();
        LabelSchema schema = project.labelSchemas().find(request.schemaName())
                .orElseThrow(() -> new IllegalArgumentException("no label schema '" + request.schemaName() + "' in the project"));
        String vectorModel = request.family().readsVectors() ? vectorModel() : null;
        GoldLabels.Result gold = GoldLabels.of(project.annotations().current(schema.id()));
        List<PostText> texts = project.activeLearning().texts(gold.labels().keySet());
        if (texts.size() < MIN_LABELS) {
            throw new IllegalStateException("schema '" + schema.name() + "' has " + texts.size() + " gold-labelled posts with text;"
                    + " active learning needs at least " + MIN_LABELS + (gold.disagreements() > 0
                    ? " (" + gold.disagreements() + " more wait for adjudication)" : ""));
        }
        List<LabelledText> examples = examples(texts, gold.labels(), vectorModel);
        ActiveLearner learner = learner(vectorModel, examples);
        examples = learner.withVectors(examples);

        ProgressMeter training = new ProgressMeter("Training on " + examples.size() + " labels", ActiveLearner.DEFAULT_FOLDS + 1,
                listener);
        TrainingProgress stages = (stage, done, total) -> training.update(stage.equals("cross-validation") ? done : 0);
        long trainingStart = System.nanoTime();
        ActiveLearner.CrossValidatedModel trained;
        LearningCurve curve = null;
        try {
            trained = learner.trainAndCrossValidate(schema.labels(), schema.multiLabel(), examples, stages, cancel::isCancelled);
            if (request.learningCurve()) {
                curve = learner.learningCurve(schema.labels(), schema.multiLabel(), examples, LearningCurve.DEFAULT_SIZES,
                        TrainingProgress.none(), cancel::isCancelled);
            }
        } catch (CancellationException e) {
            throw new JobCancelledException();
        }
        training.finish(ActiveLearner.DEFAULT_FOLDS + 1);
        double trainingSeconds = (System.nanoTime() - trainingStart) / 1e9;
        TrainedTextModel model = trained.model();
        CrossValidation cv = trained.crossValidation();

        Run run = project.runs().start(new NewRun(RUN_KIND, LearnReport.packId(schema.name()), "labels-" + examples.size(),
                "PyTorch", "cpu", parameters(schema, model, cv, vectorModel, examples.size()), schema.name()));
        long predicted;
        try {
            predicted = predictAll(run, schema, model, vectorModel, gold.labels().keySet(), listener, cancel);
            project.runs().finish(run.id(), RunStatus.COMPLETE);
        } catch (JobCancelledException e) {
            project.runs().finish(run.id(), RunStatus.CANCELLED);
            throw e;
        } catch (RuntimeException | Error e) {
            project.runs().finish(run.id(), RunStatus.FAILED);
            throw e;
        }
        Set<String> languages = new TreeSet<>();
        texts.forEach(text -> languages.add(text.lang() == null ? "und" : text.lang()));
        return new LearnReport(project.name(), schema, examples.size(), gold.disagreements(), cv, curve, List.copyOf(languages),
                project.runs().find(run.id()).orElseThrow(), predicted, trainingSeconds, (System.nanoTime() - start) / 1e9, model);
    }

    private String vectorModel() {
        if (encoder != null) {
            return encoder.model().id();
        }
        return project.runs().latestModel(EmbedJob.RUN_KIND).orElseThrow(() -> new IllegalStateException(
                "a " + request.family() + " model reads sentence vectors, but the project has none: run 'postlens embed' first"
                        + " or train the n-gram family"));
    }

    private List<LabelledText> examples(List<PostText> texts, Map<Long, List<String>> labels, String vectorModel) {
        Map<Long, Int8Vector> vectors = vectorModel == null ? Map.of()
                : project.activeLearning().vectors(vectorModel, texts.stream().map(PostText::postId).toList());
        List<LabelledText> examples = new ArrayList<>(texts.size());
        for (PostText text : texts) {
            Int8Vector vector = vectors.get(text.postId());
            LabelledText example = new LabelledText(text.text(), labels.get(text.postId()));
            examples.add(vector == null ? example : example.withVector(floats(vector)));
        }
        return examples;
    }

    private ActiveLearner learner(String vectorModel, List<LabelledText> examples) {
        ActiveLearner.Builder builder = ActiveLearner.builder().setFamily(request.family()).optSeed(request.seed());
        if (vectorModel != null) {
            if (encoder != null) {
                builder.optEncoder(encoder);
            } else {
                int dimension = examples.stream().filter(LabelledText::hasVector).findFirst()
                        .map(example -> example.vector().length)
                        .orElseThrow(() -> new IllegalStateException("no labelled post has a stored vector of " + vectorModel
                                + ": run 'postlens embed' first"));
                builder.optVectorsOf(new ModelInfo(vectorModel, "stored", dimension, "stored vectors", "cpu"));
                if (examples.stream().anyMatch(example -> !example.hasVector())) {
                    throw new IllegalStateException("some labelled posts have no stored vector of " + vectorModel
                            + ": run 'postlens embed' first");
                }
            }
        }
        return builder.build();
    }

    private long predictAll(Run run, LabelSchema schema, TrainedTextModel model, String vectorModel, Set<Long> labelled,
            ProgressListener listener, CancellationToken cancel) {
        long total = project.activeLearning().countWithText();
        ProgressMeter meter = new ProgressMeter("Predicting posts", total, listener);
        long done = 0;
        long predicted = 0;
        long after = 0;
        List<PostText> page;
        while (!(page = project.activeLearning().textPage(after, request.batchSize())).isEmpty()) {
            cancel.throwIfCancelled();
            after = page.get(page.size() - 1).postId();
            done += page.size();
            List<PostText> todo = page.stream().filter(post -> !labelled.contains(post.postId())).toList();
            if (!todo.isEmpty()) {
                List<Prediction> predictions = model.classifier().classify(todo.stream().map(PostText::text).toList(),
                        vectorModel == null ? null : vectors(todo, vectorModel, model.spec().vectorSize()));
                List<NewPrediction> rows = new ArrayList<>(todo.size());
                double[] uncertainty = new double[todo.size()];
                for (int i = 0; i < todo.size(); i++) {
                    rows.add(prediction(run.id(), todo.get(i).postId(), predictions.get(i), schema));
                    uncertainty[i] = Uncertainty.MARGIN.score(predictions.get(i).scores(), schema.multiLabel());
                }
                project.activeLearning().write(rows, uncertainty);
                predicted += todo.size();
            }
            meter.update(done);
        }
        meter.finish(done);
        return predicted;
    }

    /** The page's vectors: stored ones, the rest encoded (or zero, when there is no encoder). */
    private List<float[]> vectors(List<PostText> posts, String vectorModel, int size) {
        Map<Long, Int8Vector> stored = project.activeLearning().vectors(vectorModel, posts.stream().map(PostText::postId).toList());
        List<float[]> vectors = new ArrayList<>(posts.size());
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            Int8Vector vector = stored.get(posts.get(i).postId());
            vectors.add(vector == null ? new float[size] : floats(vector));
            if (vector == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty() && encoder != null) {
            float[][] encoded = encoder.encode(missing.stream().map(i -> posts.get(i).text()).toList());
            for (int k = 0; k < missing.size(); k++) {
                vectors.set(missing.get(k), encoded[k]);
            }
        }
        return vectors;
    }

    private static float[] floats(Int8Vector vector) {
        float[] values = new float[vector.dimension()];
        byte[] codes = vector.codes();
        for (int i = 0; i < values.length; i++) {
            values[i] = codes[i] * vector.scale();
        }
        return values;
    }

    private static NewPrediction prediction(long runId, long postId, Prediction prediction, LabelSchema schema) {
        float[] scores = prediction.scores();
        Map<String, Double> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < schema.labels().size(); i++) {
            byLabel.put(schema.labels().get(i), (double) scores[i]);
        }
        String label = schema.multiLabel() ? PredictedLabels.join(PredictedLabels.passing(byLabel)) : prediction.label();
        return new NewPrediction(runId, postId, label, prediction.score(), byLabel);
    }

    private String parameters(LabelSchema schema, TrainedTextModel model, CrossValidation cv, String vectorModel, int labels) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode parameters = json.createObjectNode();
        parameters.put("schema", schema.name());
        parameters.put("family", request.family().name());
        parameters.put("labels", labels);
        parameters.put("seed", request.seed());
        parameters.put("multi_label", schema.multiLabel());
        parameters.put("uncertainty", Uncertainty.MARGIN.name());
        parameters.put("epochs", model.report().epochs());
        if (cv != null) {
            parameters.put("cv_folds", cv.folds());
            parameters.put("cv_" + cv.metric(), cv.value());
        }
        if (vectorModel != null) {
            parameters.put("encoder", vectorModel);
        }
        ArrayNode names = parameters.putArray("label_names");
        schema.labels().forEach(names::add);
        return parameters.toString();
    }
}
