package org.postlens.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.NewPrediction;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.domain.PostFacets;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.domain.StoredPrediction;

/** The reads an evaluation makes: a run's predictions, the latest completed run of a task, posts' facets. */
class EvaluationReadsTest {

    @TempDir
    Path dir;

    @Test
    void aRunsPredictionsTheLatestCompletedRunAndPostFacets() throws Exception {
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            StoreFixtures.write(project, StoreFixtures.source(project, "first.csv"), List.of(
                    StoreFixtures.post("a", "first post", "ana", "en", Instant.ofEpochSecond(1), 1),
                    StoreFixtures.post("b", "second post", "ben", null, Instant.ofEpochSecond(2), 2)), List.of());
            PostDraft telegram = new PostDraft("telegram", "c", "third post", Instant.ofEpochSecond(3), "cid", null, null,
                    null, null, null, "ar", List.of(), "{}", 1, 2);
            StoreFixtures.write(project, StoreFixtures.source(project, "second.json"), List.of(telegram), List.of());
            List<Long> ids = project.posts().page(PostQuery.all(), 0, 10).stream().map(PostRow::id).sorted().toList();

            Run old = run(project, "sentiment", RunStatus.COMPLETE);
            Run latest = run(project, "sentiment", RunStatus.COMPLETE);
            run(project, "sentiment", RunStatus.CANCELLED);
            run(project, "sentiment", RunStatus.RUNNING);
            run(project, "emotion", RunStatus.COMPLETE);
            project.predictions().write(List.of(prediction(old, ids.get(0), "negative"), prediction(old, ids.get(1), "negative"),
                    prediction(latest, ids.get(0), "positive")));

            assertThat(project.runs().latestComplete("sentiment")).map(Run::id).contains(latest.id());
            assertThat(project.runs().latestComplete("stance:abortion")).isEmpty();

            Map<Long, StoredPrediction> ofLatest = project.predictions().ofRun(latest.id(), ids);
            assertThat(ofLatest).containsOnlyKeys(ids.get(0));
            assertThat(ofLatest.get(ids.get(0)).label()).isEqualTo("positive");
            assertThat(project.predictions().ofRun(old.id(), ids)).containsOnlyKeys(ids.get(0), ids.get(1));

            Map<Long, PostFacets> facets = project.posts().facets(List.of(ids.get(0), ids.get(1), ids.get(2), 999_999L));
            assertThat(facets).containsOnlyKeys(ids);
            assertThat(facets.get(ids.get(0))).isEqualTo(new PostFacets(ids.get(0), "en", null, "first.csv"));
            assertThat(facets.get(ids.get(1)).language()).isNull();
            assertThat(facets.get(ids.get(2))).isEqualTo(new PostFacets(ids.get(2), "ar", "telegram", "second.json"));
        }
    }

    private static Run run(Project project, String task, RunStatus status) {
        Run run = project.runs().start(new NewRun("analyze", task + "-en", "1", "test", "cpu", "{}", task));
        if (status != RunStatus.RUNNING) {
            project.runs().finish(run.id(), status);
        }
        return run;
    }

    private static NewPrediction prediction(Run run, long post, String label) {
        return new NewPrediction(run.id(), post, label, 0.9, Map.of(label, 0.9));
    }
}
