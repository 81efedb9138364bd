package org.postlens.app.ui.measure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.domain.AnnotationOrigin;
import org.postlens.app.evaluate.EvaluationService;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.domain.NewPrediction;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.store.Project;
import org.postlens.app.ui.TestPosts;
import org.postlens.resources.TaskDefinitions;

/**
 * A real project for the agreement and evaluation views: generated posts in English, Arabic and Hindi imported from
 * CSV, human labels written through {@code project.annotations()} and a model run's predictions through
 * {@code project.runs()} and {@code project.predictions()}. Everything is derived from the post's position, so
 * tests can count what to expect.
 */
final class MeasuredProject {

    final Project project;
    final LabelSchemas schemas;
    final List<Post> posts = new ArrayList<>();

    MeasuredProject(Path dir, int count) throws Exception {
        project = Project.create(dir.resolve("measure-" + System.nanoTime() + ".postlens"));
        TestPosts.importCsv(project, TestPosts.writeCsv(dir, "posts-" + System.nanoTime() + ".csv", TestPosts.generatedRows(count)));
        project.posts().forEach(PostQuery.all(), posts::add);
        posts.sort(java.util.Comparator.comparingLong(Post::id));
        schemas = new LabelSchemas(project, TaskDefinitions.shipped());
    }

    LabelSchema schema(String name) {
        return schemas.require(name);
    }

    void label(LabelSchema schema, String annotator, Post post, String... labels) {
        project.annotations().add(schema, NewAnnotation.of(post.id(), schema.id(), annotator, List.of(labels)));
    }

    void adjudicate(LabelSchema schema, String adjudicator, Post post, String label) {
        project.annotations().add(schema, new NewAnnotation(post.id(), schema.id(), adjudicator, List.of(label), "",
                List.of(), AnnotationOrigin.ADJUDICATION));
    }

    /** The app's evaluator: the agreement branch's service over this project. */
    EvaluationViewModel.Evaluator evaluator() {
        EvaluationService service = new EvaluationService(project, schemas);
        return (schema, run) -> service.evaluate(run.task(), run.id(), schema.name());
    }

    /**
     * A run of {@code task} predicting each of the first {@code count} posts: the gold label (
     * {@link SentimentLabels}' turn) except on every fourth post (3, 7, 11, …), which gets the next label; post 18
     * gets no prediction.
     */
    Run sentimentRun(String modelId, int count) {
        Map<Post, String> predicted = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            if (i != 18) {
                predicted.put(posts.get(i), SentimentLabels.LABELS.get((i % 4 == 3 ? i + 1 : i) % 3));
            }
        }
        return run("sentiment", modelId, predicted, SentimentLabels.LABELS);
    }

    /** A finished run of {@code task} whose label for each post is {@code predicted.get(post)} (absent: none). */
    Run run(String task, String modelId, Map<Post, String> predicted, List<String> labels) {
        Run run = project.runs().start(new NewRun("analyze", modelId, "1.0", "PyTorch", "cpu", "{}", task));
        List<NewPrediction> rows = new ArrayList<>();
        predicted.forEach((post, label) -> {
            Map<String, Double> scores = new LinkedHashMap<>();
            for (String each : labels) {
                scores.put(each, each.equals(label) ? 0.8 : 0.2 / (labels.size() - 1));
            }
            rows.add(new NewPrediction(run.id(), post.id(), label, 0.8, scores));
        });
        project.predictions().write(rows);
        project.runs().finish(run.id(), RunStatus.COMPLETE);
        return project.runs().find(run.id()).orElseThrow();
    }
}
