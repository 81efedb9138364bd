package org.postlens.app.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.postlens.app.testing.NearDuplicatePosts.id;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.Annotation;
import org.postlens.app.domain.AnnotationOrigin;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.LabelSuggestion;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.domain.SuggestionStatus;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.Project;
import org.postlens.app.testing.NearDuplicatePosts;
import org.postlens.resources.TaskDefinitions;

/** Suggestions from near-identical texts and re-used pictures in a real project, and what accepting them does. */
class LabelPropagationTest {

    @TempDir
    Path dir;

    @Test
    void suggestsALabelledPostsLabelForItsNearIdenticalTextAndForThePostsShowingTheSamePicture() throws Exception {
        try (Project project = Project.open(NearDuplicatePosts.create(dir, true))) {
            LabelSchema verdict = new LabelSchemas(project, TaskDefinitions.shipped()).require("verdict");
            project.annotations().add(verdict, NewAnnotation.of(id(project, "a"), verdict.id(), "ana", List.of("false")));

            LabelPropagation.Outcome outcome = new LabelPropagation(project).suggestFor(verdict, id(project, "a"), "ana");

            assertThat(outcome.notice()).isEmpty();
            assertThat(outcome.created()).extracting(LabelSuggestion::postId)
                    .containsExactlyInAnyOrder(id(project, "b"), id(project, "c"));
            LabelSuggestion text = suggestionFor(outcome, id(project, "b"));
            assertThat(text.reason()).startsWith("near-identical text, cosine 0.9");
            assertThat(text.similarity()).isGreaterThan(0.9);
            assertThat(text.sourcePostId()).isEqualTo(id(project, "a"));
            assertThat(text.labels()).containsExactly("false");
            LabelSuggestion image = suggestionFor(outcome, id(project, "c"));
            assertThat(image.reason()).matches("same image \\(pHash distance \\d+\\)");
            assertThat(image.status()).isEqualTo(SuggestionStatus.PENDING);
            // Suggestions only: nobody's label changed.
            assertThat(project.annotations().current(verdict.id())).hasSize(1);
        }
    }

    @Test
    void runningItAgainAddsNoDuplicateAndARejectedLabelIsNotProposedAgain() throws Exception {
        try (Project project = Project.open(NearDuplicatePosts.create(dir, true))) {
            LabelSchema verdict = new LabelSchemas(project, TaskDefinitions.shipped()).require("verdict");
            project.annotations().add(verdict, NewAnnotation.of(id(project, "a"), verdict.id(), "ana", List.of("false")));
            LabelPropagation propagation = new LabelPropagation(project);
            LabelSuggestion forB = suggestionFor(propagation.suggestFor(verdict, id(project, "a"), "ana"), id(project, "b"));

            assertThat(propagation.suggestFor(verdict, id(project, "a"), "ana").created()).isEmpty();
            project.labelSuggestions().reject(forB.id(), "ana");
            assertThat(propagation.suggestAll(verdict, "ana", ProgressListener.none(), CancellationToken.none())
                    .created()).isEmpty();

            assertThat(project.annotations().current(verdict.id(), id(project, "b"))).isEmpty();
            assertThat(project.labelSuggestions().find(forB.id()).orElseThrow())
                    .extracting(LabelSuggestion::status, LabelSuggestion::decidedBy)
                    .containsExactly(SuggestionStatus.REJECTED, "ana");
        }
    }

    @Test
    void acceptingWritesAPropagationAnnotationWithItsHistoryInTheSameStep() throws Exception {
        try (Project project = Project.open(NearDuplicatePosts.create(dir, true))) {
            LabelSchema verdict = new LabelSchemas(project, TaskDefinitions.shipped()).require("verdict");
            long b = id(project, "b");
            project.annotations().add(verdict, NewAnnotation.of(id(project, "a"), verdict.id(), "ana", List.of("false")));
            project.annotations().add(verdict, NewAnnotation.of(b, verdict.id(), "ben", List.of("true")));
            LabelSuggestion forB = suggestionFor(new LabelPropagation(project).suggestFor(verdict, id(project, "a"), "ana"), b);

            LabelSuggestion accepted = project.labelSuggestions().accept(verdict, forB.id(), "ana");

            assertThat(accepted.status()).isEqualTo(SuggestionStatus.ACCEPTED);
            assertThat(accepted.decidedAt()).isNotNull();
            Annotation written = project.annotations().find(accepted.annotationId()).orElseThrow();
            assertThat(written).extracting(Annotation::postId, Annotation::annotator, Annotation::labels, Annotation::origin)
                    .containsExactly(b, "ana", List.of("false"), AnnotationOrigin.PROPAGATION);
            assertThat(project.annotations().history(b)).extracting(Annotation::annotator).containsExactly("ben", "ana");
            assertThatThrownBy(() -> project.labelSuggestions().accept(verdict, forB.id(), "ana"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("accepted");
            assertThat(project.labelSuggestions().countPending(verdict.id())).isEqualTo(1);
        }
    }

    @Test
    void aBulkRunThatClustersTheProjectFindsTheSameNearIdenticalTextsAsScanning() throws Exception {
        try (Project project = Project.open(NearDuplicatePosts.create(dir, true))) {
            LabelSchema verdict = new LabelSchemas(project, TaskDefinitions.shipped()).require("verdict");
            project.annotations().add(verdict, NewAnnotation.of(id(project, "a"), verdict.id(), "ana", List.of("false")));
            project.annotations().add(verdict, NewAnnotation.of(id(project, "d"), verdict.id(), "ana", List.of("true")));

            LabelPropagation.Outcome clustered = new LabelPropagation(project, 0.9, 10, 1, 1)
                    .suggestAll(verdict, "ana", ProgressListener.none(), CancellationToken.none());

            assertThat(clustered.textMatches()).isEqualTo(1);
            LabelSuggestion text = suggestionFor(clustered, id(project, "b"));
            assertThat(text.reason()).startsWith("near-identical text, cosine 0.9");
            assertThat(text.sourcePostId()).isEqualTo(id(project, "a"));
            assertThat(clustered.created()).extracting(LabelSuggestion::postId)
                    .containsExactlyInAnyOrder(id(project, "b"), id(project, "c"));
        }
    }

    @Test
    void postsTheAnnotatorHasLabelledGetNoSuggestion() throws Exception {
        try (Project project = Project.open(NearDuplicatePosts.create(dir, true))) {
            LabelSchema verdict = new LabelSchemas(project, TaskDefinitions.shipped()).require("verdict");
            project.annotations().add(verdict, NewAnnotation.of(id(project, "a"), verdict.id(), "ana", List.of("false")));
            project.annotations().add(verdict, NewAnnotation.of(id(project, "c"), verdict.id(), "ben", List.of("true")));

            LabelPropagation.Outcome forBen = new LabelPropagation(project).suggestFor(verdict, id(project, "a"), "ben");

            assertThat(forBen.created()).extracting(LabelSuggestion::postId).containsExactly(id(project, "b"));
        }
    }

    @Test
    void withoutEmbeddingsItSaysSoAndStillComparesImages() throws Exception {
        try (Project project = Project.open(NearDuplicatePosts.create(dir, false))) {
            LabelSchema verdict = new LabelSchemas(project, TaskDefinitions.shipped()).require("verdict");
            project.annotations().add(verdict, NewAnnotation.of(id(project, "a"), verdict.id(), "ana", List.of("false")));

            LabelPropagation.Outcome outcome = new LabelPropagation(project)
                    .suggestAll(verdict, "ana", ProgressListener.none(), CancellationToken.none());

            assertThat(outcome.notice()).contains("run Analyse \u25B8 Embed posts first");
            assertThat(outcome.created()).extracting(LabelSuggestion::postId).containsExactly(id(project, "c"));
            assertThat(outcome.textMatches()).isZero();
        }
    }

    @Test
    void aPostWithoutAnAgreedLabelIsRefused() throws Exception {
        try (Project project = Project.open(NearDuplicatePosts.create(dir, true))) {
            LabelSchema verdict = new LabelSchemas(project, TaskDefinitions.shipped()).require("verdict");
            long a = id(project, "a");
            project.annotations().add(verdict, NewAnnotation.of(a, verdict.id(), "ana", List.of("false")));
            project.annotations().add(verdict, NewAnnotation.of(a, verdict.id(), "ben", List.of("true")));

            assertThatThrownBy(() -> new LabelPropagation(project).suggestFor(verdict, a, "ana"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no agreed label");
        }
    }

    private static LabelSuggestion suggestionFor(LabelPropagation.Outcome outcome, long postId) {
        return outcome.created().stream().filter(s -> s.postId() == postId).findFirst().orElseThrow();
    }
}
