package org.postlens.app.ui.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postlens.app.testing.NearDuplicatePosts.id;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.domain.Annotation;
import org.postlens.app.domain.AnnotationOrigin;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.store.Project;
import org.postlens.app.testing.NearDuplicatePosts;
import org.postlens.app.ui.jobs.CurrentThreadTaskExecutor;
import org.postlens.resources.TaskDefinitions;

/** The review list's logic on a real project, without a window. */
class SuggestionsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void suggestsForAPostsNearDuplicatesThenAcceptsOneAndRejectsTheOther() throws Exception {
        try (Project project = Project.open(NearDuplicatePosts.create(dir, true))) {
            LabelSchema verdict = new LabelSchemas(project, TaskDefinitions.shipped()).require("verdict");
            project.annotations().add(verdict, NewAnnotation.of(id(project, "a"), verdict.id(), "ana", List.of("false")));
            SuggestionsViewModel viewModel = new SuggestionsViewModel(project, new CurrentThreadTaskExecutor(), "ben");
            viewModel.refresh();
            assertThat(viewModel.rows()).isEmpty();

            viewModel.suggestForNearDuplicates(verdict, id(project, "a"));

            assertThat(viewModel.messageProperty().get()).isEqualTo("2 new suggestions from 1 labelled post.");
            assertThat(viewModel.schemaProperty().get().name()).isEqualTo("verdict");
            assertThat(viewModel.pendingProperty().get()).isEqualTo(2);
            assertThat(viewModel.rows()).extracting(SuggestionsViewModel.Row::sourceText)
                    .containsOnly("Mayor arrested at dawn, police say");
            SuggestionsViewModel.Row first = viewModel.selectedProperty().get();
            assertThat(first).isEqualTo(viewModel.rows().get(0));

            viewModel.accept();
            SuggestionsViewModel.Row second = viewModel.selectedProperty().get();
            assertThat(second).isNotEqualTo(first);
            viewModel.reject();

            assertThat(viewModel.rows()).isEmpty();
            assertThat(viewModel.pendingProperty().get()).isZero();
            assertThat(viewModel.messageProperty().get()).startsWith("Rejected: false for");
            assertThat(project.annotations().current(verdict.id(), first.suggestion().postId()))
                    .extracting(Annotation::annotator, Annotation::origin)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ben", AnnotationOrigin.PROPAGATION));
            assertThat(project.annotations().current(verdict.id(), second.suggestion().postId())).isEmpty();
        }
    }

    @Test
    void withoutEmbeddingsTheMessageSaysToEmbedFirst() throws Exception {
        try (Project project = Project.open(NearDuplicatePosts.create(dir, false))) {
            LabelSchema verdict = new LabelSchemas(project, TaskDefinitions.shipped()).require("verdict");
            project.annotations().add(verdict, NewAnnotation.of(id(project, "a"), verdict.id(), "ana", List.of("true")));
            SuggestionsViewModel viewModel = new SuggestionsViewModel(project, new CurrentThreadTaskExecutor(), "ana");
            viewModel.refresh();
            viewModel.schemaProperty().set(verdict);

            viewModel.suggestFromAllLabelled();

            assertThat(viewModel.messageProperty().get()).startsWith("1 new suggestion from 1 labelled post.")
                    .contains("run Analyse \u25B8 Embed posts first");
            assertThat(viewModel.rows()).extracting(row -> row.suggestion().postId()).containsExactly(id(project, "c"));
        }
    }

    @Test
    void aPostWithoutAnAgreedLabelGetsAMessageNotAnError() throws Exception {
        try (Project project = Project.open(NearDuplicatePosts.create(dir, true))) {
            LabelSchema verdict = new LabelSchemas(project, TaskDefinitions.shipped()).require("verdict");
            SuggestionsViewModel viewModel = new SuggestionsViewModel(project, new CurrentThreadTaskExecutor(), "ana");

            viewModel.suggestForNearDuplicates(verdict, id(project, "b"));

            assertThat(viewModel.messageProperty().get()).startsWith("Post b has no agreed label in 'verdict'");
            assertThat(viewModel.busyProperty().get()).isFalse();
        }
    }
}
