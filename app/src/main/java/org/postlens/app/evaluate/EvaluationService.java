package org.postlens.app.evaluate;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postlens.app.annotate.GoldLabels;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.PostFacets;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.store.Project;

/**
 * A model run of a project measured against the gold labels of the schema that answers its task: every post with a
 * gold label counts, those the run did not reach are counted apart, and posts whose annotators disagree without an
 * adjudication are left out and counted.
 */
public final class EvaluationService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Project project;
    private final LabelSchemas schemas;

    public EvaluationService(Project project, LabelSchemas schemas) {
        this.project = project;
        this.schemas = schemas;
    }

    /**
     * @param task       the run's task (prediction key, e.g. {@code sentiment} or {@code stance:abortion})
     * @param runId      the run, or null for the latest completed run of the task
     * @param schemaName the schema whose gold labels to use, or null for the schema of the task
     * @throws IllegalArgumentException with a message for people when the run or schema is missing or does not fit
     */
    public EvaluationResult evaluate(String task, Long runId, String schemaName) {
        Run run = run(task, runId);
        LabelSchema schema = schemaName != null ? schemas.require(schemaName)
                : schemas.forTask(task).orElseThrow(() -> new IllegalArgumentException("no label schema answers task '"
                        + task + "'; name one with --schema"));
        if (schema.multiLabel() != run.multiLabel()) {
            throw new IllegalArgumentException("run " + run.id() + " gives " + (run.multiLabel() ? "any number of labels" : "one label")
                    + " per post but schema '" + schema.name() + "' takes " + (schema.multiLabel() ? "any number" : "one"));
        }
        GoldLabels.Result gold = GoldLabels.of(project.annotations().current(schema.id()));
        Map<Long, StoredPrediction> predictions = project.predictions().ofRun(run.id(), gold.labels().keySet());
        Map<Long, PostFacets> facets = project.posts().facets(gold.labels().keySet());
        List<EvaluatedPost> posts = new ArrayList<>(gold.labels().size());
        for (Map.Entry<Long, List<String>> post : gold.labels().entrySet()) {
            StoredPrediction prediction = predictions.get(post.getKey());
            PostFacets facet = facets.getOrDefault(post.getKey(), new PostFacets(post.getKey(), null, null, null));
            posts.add(new EvaluatedPost(post.getKey(), post.getValue(), prediction == null ? null : prediction.labels(),
                    facet.language(), facet.platform(), facet.source()));
        }
        EvaluationSubject subject = new EvaluationSubject(task, schema.name(), describe(run), gold.disagreements());
        return RunEvaluation.evaluate(subject, schema.labels(), schema.multiLabel(), posts);
    }

    private Run run(String task, Long runId) {
        if (runId == null) {
            return project.runs().latestComplete(task).orElseThrow(() -> new IllegalArgumentException(
                    "no completed run of task '" + task + "' in this project (analyze posts first)"));
        }
        Run run = project.runs().find(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId + " in this project"));
        if (!task.equals(run.task())) {
            throw new IllegalArgumentException("run " + runId + " is " + (run.task() == null ? "not a task run"
                    : "of task '" + run.task() + "'") + ", not of '" + task + "'");
        }
        return run;
    }

    static String describe(Run run) {
        return "run " + run.id() + " · " + run.modelId() + " " + run.modelVersion() + " · " + WHEN.format(run.startedAt())
                + (run.status() == RunStatus.COMPLETE ? "" : " (" + run.status().name().toLowerCase() + ")");
    }
}
