package org.postlens.app.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.AnnotationOrigin;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.domain.NewPrediction;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.domain.SchemaDraft;
import org.postlens.app.domain.SchemaKind;
import org.postlens.app.store.Project;
import org.postlens.app.ui.TestPosts;

/** The labelling queues on a real project of 30 posts: their order, their paging, and what they leave out. */
class LabellingQueuesTest {

    @TempDir
    Path dir;
    Project project;
    List<Long> posts;
    LabelSchema verdict;
    LabellingQueues queues;

    @BeforeEach
    void project() throws Exception {
        project = Project.create(dir.resolve("q.postlens"));
        TestPosts.importCsv(project, TestPosts.writeCsv(dir, "posts.csv", TestPosts.generatedRows(30)));
        posts = project.posts().page(PostQuery.all(), 0, 100).stream().map(PostRow::id).sorted().toList();
        verdict = project.labelSchemas().create(new SchemaDraft("claims", "Claims", SchemaKind.SINGLE,
                List.of("claim", "no claim"), "", List.of(), "checkworthiness"), false);
        queues = new LabellingQueues(project);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private static List<Long> drain(LabellingQueue queue) {
        List<Long> ids = new ArrayList<>();
        for (OptionalLong next = queue.next(); next.isPresent(); next = queue.next()) {
            ids.add(next.getAsLong());
        }
        return ids;
    }

    private void label(long post, String annotator, String label) {
        project.annotations().add(verdict, NewAnnotation.of(post, verdict.id(), annotator, List.of(label)));
    }

    @Test
    void unlabelledGoesInIdOrderAndLeavesOutThisAnnotatorsPostsOnly() {
        label(posts.get(0), "ana", "claim");
        label(posts.get(1), "ben", "claim");
        List<Long> queue = drain(queues.open(QueueKind.UNLABELLED, verdict, "ana", LabellingQueues.Options.defaults()));
        assertThat(queue).containsExactlyElementsOf(posts.subList(1, posts.size()));
    }

    @Test
    void mostUncertainFollowsTheLatestCompletedRunLeastConfidentFirst() {
        Run old = run("checkworthiness", posts, i -> 0.99 - i * 0.01);
        Run latest = run("checkworthiness", posts.subList(0, 10), i -> 0.5 + i * 0.05);
        project.runs().start(new NewRun("analyze", "m", "3", "djl", "cpu", "{}", "checkworthiness")); // still running: not followed
        label(posts.get(0), "ana", "claim");

        assertThat(queues.uncertaintyRun(verdict)).map(Run::id).contains(latest.id());
        List<Long> queue = drain(queues.open(QueueKind.UNCERTAIN, verdict, "ana", LabellingQueues.Options.defaults()));
        assertThat(queue).containsExactlyElementsOf(posts.subList(1, 10));
        assertThat(old.id()).isLessThan(latest.id());
    }

    @Test
    void anActiveLearningRunNamedAfterTheSchemaCountsAndWithoutAnyRunTheQueueSaysWhy() {
        assertThatThrownBy(() -> queues.open(QueueKind.UNCERTAIN, verdict, "ana", LabellingQueues.Options.defaults()))
                .hasMessageContaining("No model run predicts 'claims'");
        run("claims", posts.subList(0, 3), i -> 0.9 - i * 0.2);
        assertThat(drain(queues.open(QueueKind.UNCERTAIN, verdict, "ana", LabellingQueues.Options.defaults())))
                .containsExactly(posts.get(2), posts.get(1), posts.get(0));
    }

    @Test
    void disagreementsHoldPostsAnnotatorsLabelledDifferentlyUntilAdjudicated() {
        label(posts.get(3), "ana", "claim");
        label(posts.get(3), "ben", "no claim");
        label(posts.get(4), "ana", "claim");
        label(posts.get(4), "ben", "claim");
        label(posts.get(5), "ana", "claim");
        label(posts.get(5), "ben", "no claim");
        project.annotations().add(verdict, new NewAnnotation(posts.get(5), verdict.id(), "cleo", List.of("claim"), "",
                List.of(), AnnotationOrigin.ADJUDICATION));
        assertThat(drain(queues.open(QueueKind.DISAGREEMENTS, verdict, "cleo", LabellingQueues.Options.defaults())))
                .containsExactly(posts.get(3));
    }

    @Test
    void theRandomSampleIsEveryUnlabelledPostOnceInAnOrderTheSeedFixes() {
        label(posts.get(7), "ana", "claim");
        List<Long> first = drain(queues.open(QueueKind.RANDOM, verdict, "ana", new LabellingQueues.Options(null, 7)));
        List<Long> again = drain(queues.open(QueueKind.RANDOM, verdict, "ana", new LabellingQueues.Options(null, 7)));
        List<Long> otherSeed = drain(queues.open(QueueKind.RANDOM, verdict, "ana", new LabellingQueues.Options(null, 8)));

        assertThat(first).hasSize(posts.size() - 1).doesNotHaveDuplicates().doesNotContain(posts.get(7))
                .containsExactlyInAnyOrderElementsOf(otherSeed);
        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(first).isNotEqualTo(first.stream().sorted().toList());
    }

    @Test
    void theSeededPermutationIsABijectionForAnySize() {
        for (long size : new long[] {1, 2, 3, 17, 64, 1000, 4097}) {
            SeededPermutation permutation = new SeededPermutation(size, 42);
            Set<Long> seen = new HashSet<>();
            for (long i = 0; i < size; i++) {
                long value = permutation.at(i);
                assertThat(value).isBetween(0L, size - 1);
                seen.add(value);
            }
            assertThat(seen).hasSize((int) size);
        }
    }

    @Test
    void aSavedFilterQueueFollowsTheQueryInItsOrderSkippingWhatTheAnnotatorLabelled() {
        PostQuery arabicNewestFirst = PostQuery.all().withLang("ar").sortedBy(PostQuery.Sort.DATE, true);
        project.savedFilters().save("arabic", PostQueryJson.write(arabicNewestFirst));
        List<Long> expected = new ArrayList<>(project.posts().page(arabicNewestFirst, 0, 100).stream().map(PostRow::id).toList());
        label(expected.get(1), "ana", "claim");
        expected.remove(1);

        assertThat(drain(queues.open(QueueKind.SAVED_FILTER, verdict, "ana", new LabellingQueues.Options("arabic", 1))))
                .containsExactlyElementsOf(expected);
        assertThatThrownBy(() -> queues.open(QueueKind.SAVED_FILTER, verdict, "ana", new LabellingQueues.Options("nope", 1)))
                .hasMessageContaining("No saved filter named 'nope'");
    }

    @Test
    void aQueryReadsBackFromItsJsonUnchanged() {
        PostQuery query = new PostQuery("flood bridge", java.time.Instant.parse("2026-03-01T00:00:00Z"),
                java.time.Instant.parse("2026-04-01T00:00:00Z"), "ahmad", "ar", true, 3L, PostQuery.Sort.LIKES, true,
                new org.postlens.app.domain.PredictionFilter("sentiment", "negative", 0.2, null),
                new PostQuery.ImageFilter(true, "canon", null));
        assertThat(PostQueryJson.read(PostQueryJson.write(query))).isEqualTo(query);
        assertThat(PostQueryJson.read(PostQueryJson.write(PostQuery.all()))).isEqualTo(PostQuery.all());
    }

    private Run run(String task, List<Long> ids, java.util.function.IntToDoubleFunction score) {
        Run run = project.runs().start(new NewRun("analyze", "model-" + task, "1", "djl", "cpu", "{}", task));
        List<NewPrediction> predictions = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            predictions.add(new NewPrediction(run.id(), ids.get(i), "claim", score.applyAsDouble(i),
                    Map.of("claim", score.applyAsDouble(i))));
        }
        project.predictions().write(predictions);
        project.runs().finish(run.id(), RunStatus.COMPLETE);
        return run;
    }
}
