package org.postlens.app.ui.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.SchemaKind;
import org.postlens.app.store.Project;
import org.postlens.app.ui.detail.PostDetailViewModel;
import org.postlens.app.ui.jobs.CurrentThreadTaskExecutor;
import org.postlens.app.ui.TestPosts;
import org.postlens.resources.TaskDefinitions;

/** Annotate ▸ New label schema: what is wrong is said, a valid schema is stored; its labels show in the detail pane. */
class SchemaEditorViewModelTest {

    @TempDir
    Path dir;

    @Test
    void saysWhatIsWrongThenStoresTheSchema() throws Exception {
        try (Project project = Project.create(dir.resolve("s.postlens"))) {
            LabelSchemas schemas = new LabelSchemas(project, TaskDefinitions.shipped());
            SchemaEditorViewModel editor = new SchemaEditorViewModel(schemas);
            editor.nameProperty().set("Claim Type");
            editor.titleProperty().set("Type of claim");
            editor.labelsProperty().set("statistic\n\n  quote  \nstatistic\n");
            assertThat(editor.create()).isEmpty();
            assertThat(editor.errorProperty().get()).contains("must be lower-case letters");

            editor.nameProperty().set("claim-type");
            assertThat(editor.create()).isEmpty();
            assertThat(editor.errorProperty().get()).contains("lists a label twice");

            editor.labelsProperty().set("statistic\n  quote  \nprediction\n");
            editor.kindProperty().set(SchemaKind.MULTI);
            editor.tagsProperty().set("needs source, , satire");
            LabelSchema created = editor.create().orElseThrow();
            assertThat(editor.errorProperty().get()).isEmpty();
            assertThat(created.labels()).containsExactly("statistic", "quote", "prediction");
            assertThat(created.tags()).containsExactly("needs source", "satire");
            assertThat(created.shipped()).isFalse();
            assertThat(schemas.find("claim-type")).isPresent();

            assertThat(editor.create()).isEmpty();
            assertThat(editor.errorProperty().get()).contains("has a schema named 'claim-type' already");
        }
    }

    @Test
    void theDetailPaneListsAPostsLabelRowsWithTheirSchema() throws Exception {
        try (Project project = Project.create(dir.resolve("d.postlens"))) {
            TestPosts.importCsv(project, TestPosts.writeCsv(dir, "posts.csv", TestPosts.sampleRows()));
            LabelSchema verdict = new LabelSchemas(project, TaskDefinitions.shipped()).require("verdict");
            long post = project.posts().page(org.postlens.app.domain.PostQuery.all(), 0, 1).get(0).id();
            project.annotations().add(verdict, org.postlens.app.domain.NewAnnotation.of(post, verdict.id(), "ana", List.of("false")));
            project.annotations().retract(verdict.id(), post, "ana", false);
            PostDetailViewModel detail = new PostDetailViewModel(project, new CurrentThreadTaskExecutor());
            detail.show(post);
            assertThat(detail.detailProperty().get().annotations()).extracting(PostDetailViewModel.SchemaAnnotation::schema)
                    .containsExactly("verdict", "verdict");
        }
    }
}
