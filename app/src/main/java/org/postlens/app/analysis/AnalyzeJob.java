package org.postlens.app.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postlens.app.domain.NewPrediction;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.PendingPost;
import org.postlens.app.domain.PostText;
import org.postlens.app.domain.PredictedLabels;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.JobCancelledException;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.jobs.ProgressMeter;
import org.postlens.app.store.Project;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.TextClassifier;
import org.postlens.runtime.TextEncoder;

/**
 * Runs task models over the posts of a project. Each post goes to one model per task, chosen by its language
 * ({@link ModelRouting}); each model predicts under its own run (kind {@value #RUN_KIND}, task, model id and
 * version, engine, device). Pages of posts are read in id order and each page's predictions, of every model,
 * are stored in one transaction: a cancel or crash loses at most the page in flight, and running again predicts
 * only what this version of each model has not predicted yet.
 *
 * <p>Models that read encoder vectors (encoder heads) share one encoding per page: each text is encoded once,
 * whatever the number of heads.
 */
public final class AnalyzeJob {

    public static final String RUN_KIND = "analyze";
    public static final int DEFAULT_BATCH_SIZE = 1024;

    private final Project project;
    private final ModelRouting routing;
    private final TextEncoder encoder;
    private final int batchSize;

    /**
     * @param encoder the encoder whose vectors the encoder-head models read; null when none of them reads vectors
     */
    public AnalyzeJob(Project project, List<TaskModel> models, TextEncoder encoder, int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        for (TaskModel model : models) {
            String wanted = model.classifier().encoderId().orElse(null);
            if (wanted != null && (encoder == null || !encoder.model().id().equals(wanted))) {
                throw new IllegalArgumentException("model '" + model.modelId() + "' reads vectors of encoder '" + wanted
                        + "', which " + (encoder == null ? "was not opened" : "is not " + encoder.model().id()));
            }
        }
        this.project = project;
        this.routing = new ModelRouting(models);
        this.encoder = encoder;
        this.batchSize = batchSize;
    }

    public AnalyzeReport run(ProgressListener listener, CancellationToken cancel) {
        long total = project.predictions().countMissing(routing.keys());
        Map<TaskModel, Run> runs = new IdentityHashMap<>();
        Map<TaskModel, Long> predicted = new IdentityHashMap<>();
        if (total == 0) {
            return new AnalyzeReport(List.of(), 0);
        }
        ProgressMeter meter = new ProgressMeter("Analysing posts", total, listener);
        long done = 0;
        try {
            long afterPostId = 0;
            List<PendingPost> page;
            while (!(page = project.predictions().missing(routing.keys(), afterPostId, batchSize)).isEmpty()) {
                cancel.throwIfCancelled();
                project.predictions().write(predict(page, runs, predicted));
                done += page.size();
                afterPostId = page.get(page.size() - 1).post().postId();
                meter.update(done);
            }
            meter.finish(done);
            finishAll(runs, RunStatus.COMPLETE);
        } catch (JobCancelledException e) {
            finishAll(runs, RunStatus.CANCELLED);
            throw e;
        } catch (RuntimeException | Error e) {
            finishAll(runs, RunStatus.FAILED);
            throw e;
        }
        List<TaskRunSummary> summaries = new ArrayList<>();
        for (TaskModel model : routing.models()) {
            Run run = runs.get(model);
            if (run != null) {
                summaries.add(new TaskRunSummary(model.task(), project.runs().find(run.id()).orElseThrow(),
                        predicted.get(model), project.predictions().labelCounts(run.id())));
            }
        }
        summaries.sort(java.util.Comparator.comparing(TaskRunSummary::task));
        return new AnalyzeReport(summaries, done);
    }

    /** The page's predictions for every model that answers for its posts and has not predicted them yet. */
    private List<NewPrediction> predict(List<PendingPost> page, Map<TaskModel, Run> runs, Map<TaskModel, Long> predicted) {
        List<TaskModel> models = routing.models();
        Map<TaskModel, List<PostText>> todo = new LinkedHashMap<>();
        for (PendingPost pending : page) {
            PostText post = pending.post();
            for (TaskModel model : routing.route(post.lang(), post.text())) {
                if (pending.lacks(models.indexOf(model))) {
                    todo.computeIfAbsent(model, m -> new ArrayList<>()).add(post);
                }
            }
        }
        Map<Long, float[]> vectors = encodeOnce(todo);
        List<NewPrediction> batch = new ArrayList<>();
        todo.forEach((model, posts) -> {
            List<String> texts = posts.stream().map(PostText::text).toList();
            List<Prediction> predictions = model.readsVectors()
                    ? model.classifier().classify(texts, posts.stream().map(post -> vectors.get(post.postId())).toList())
                    : model.classifier().classify(texts);
            if (predictions.size() != posts.size()) {
                throw new IllegalStateException("model '" + model.modelId() + "' returned " + predictions.size()
                        + " predictions for " + posts.size() + " texts");
            }
            long runId = runs.computeIfAbsent(model, this::start).id();
            for (int i = 0; i < posts.size(); i++) {
                batch.add(prediction(runId, posts.get(i).postId(), predictions.get(i), model.classifier()));
            }
            predicted.merge(model, (long) posts.size(), Long::sum);
        });
        return batch;
    }

    /** Each text that any encoder head needs, encoded once. */
    private Map<Long, float[]> encodeOnce(Map<TaskModel, List<PostText>> todo) {
        Map<Long, String> texts = new LinkedHashMap<>();
        todo.forEach((model, posts) -> {
            if (model.readsVectors()) {
                posts.forEach(post -> texts.putIfAbsent(post.postId(), post.text()));
            }
        });
        Map<Long, float[]> vectors = new java.util.HashMap<>();
        if (texts.isEmpty()) {
            return vectors;
        }
        float[][] encoded = encoder.encode(List.copyOf(texts.values()));
        int i = 0;
        for (Long postId : texts.keySet()) {
            vectors.put(postId, encoded[i++]);
        }
        return vectors;
    }

    /**
     * A single-label model's top label, or every label a multi-label model gives the post ({@link PredictedLabels});
     * the score is the top label's either way.
     */
    private static NewPrediction prediction(long runId, long postId, Prediction prediction, TextClassifier classifier) {
        List<String> labels = classifier.labels();
        float[] scores = prediction.scores();
        Map<String, Double> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byLabel.put(labels.get(i), (double) scores[i]);
        }
        String label = classifier.multiLabel() ? PredictedLabels.join(PredictedLabels.passing(byLabel)) : prediction.label();
        return new NewPrediction(runId, postId, label, prediction.score(), byLabel);
    }

    private Run start(TaskModel model) {
        ModelInfo info = model.classifier().model();
        return project.runs().start(new NewRun(RUN_KIND, info.id(), info.version(), info.engine(), info.device(),
                parameters(model), model.task()));
    }

    private String parameters(TaskModel model) {
        ObjectNode parameters = new ObjectMapper().createObjectNode();
        parameters.put("input", "post text");
        parameters.put("batch_size", batchSize);
        parameters.put("languages", String.join(",", routing.languagesByTask().get(model.task()).stream()
                .filter(language -> routing.route(language, "").contains(model)).toList()));
        parameters.put("multi_label", model.classifier().multiLabel());
        model.classifier().encoderId().ifPresent(encoderId -> parameters.put("encoder", encoderId));
        return parameters.toString();
    }

    private void finishAll(Map<TaskModel, Run> runs, RunStatus status) {
        runs.values().forEach(run -> project.runs().finish(run.id(), status));
    }
}
