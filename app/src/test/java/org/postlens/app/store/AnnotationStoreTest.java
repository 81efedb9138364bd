package org.postlens.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.Annotation;
import org.postlens.app.domain.AnnotationAction;
import org.postlens.app.domain.AnnotationOrigin;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.SchemaDraft;
import org.postlens.app.domain.SchemaKind;

class AnnotationStoreTest {

    private static final SchemaDraft VERDICT = new SchemaDraft("verdict", "Verdict", SchemaKind.VERDICT,
            List.of("true", "misleading", "false"), "", List.of("satire"), null);
    private static final SchemaDraft TECHNIQUES = new SchemaDraft("techniques", "Techniques", SchemaKind.MULTI,
            List.of("loaded language", "slogans", "doubt"), "", List.of(), "propaganda");

    @TempDir
    Path dir;

    @Test
    void aChangedLabelIsANewRowThatSupersedesTheOldAndBothStayInTheHistory() throws Exception {
        Path file = dir.resolve("p.postlens");
        long post;
        try (Project project = Project.create(file)) {
            post = posts(project, 3).get(0);
            LabelSchema verdict = project.labelSchemas().create(VERDICT, false);
            Annotation first = project.annotations().add(verdict, NewAnnotation.of(post, verdict.id(), "ana", List.of("true")));
            Annotation second = project.annotations().add(verdict, new NewAnnotation(post, verdict.id(), "ana",
                    List.of("false"), "photo is from 2019", List.of("satire"), AnnotationOrigin.MANUAL));

            assertThat(second.supersedes()).isEqualTo(first.id());
            assertThat(project.annotations().current(verdict.id(), post)).extracting(Annotation::labels)
                    .containsExactly(List.of("false"));
        }
        try (Project reopened = Project.open(file)) {
            LabelSchema verdict = reopened.labelSchemas().find("verdict").orElseThrow();
            List<Annotation> history = reopened.annotations().history(post);
            assertThat(history).extracting(Annotation::labels).containsExactly(List.of("true"), List.of("false"));
            assertThat(history.get(1).note()).isEqualTo("photo is from 2019");
            assertThat(history.get(1).tags()).containsExactly("satire");
            assertThat(history).allSatisfy(a -> assertThat(a.createdAt()).isBeforeOrEqualTo(Instant.now()));
            assertThat(reopened.annotations().countLabelledBy(verdict.id(), "ana")).isEqualTo(1);
        }
    }

    @Test
    void undoAppendsARetractionAndThePostIsUnlabelledAgain() throws Exception {
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            List<Long> posts = posts(project, 3);
            LabelSchema verdict = project.labelSchemas().create(VERDICT, false);
            project.annotations().add(verdict, NewAnnotation.of(posts.get(0), verdict.id(), "ana", List.of("true")));
            assertThat(project.annotations().unlabelledBy(verdict.id(), "ana", 0, 10)).containsExactly(posts.get(1), posts.get(2));

            Annotation undo = project.annotations().retract(verdict.id(), posts.get(0), "ana", false).orElseThrow();

            assertThat(undo.action()).isEqualTo(AnnotationAction.RETRACT);
            assertThat(project.annotations().unlabelledBy(verdict.id(), "ana", 0, 10)).containsExactlyElementsOf(posts);
            assertThat(project.annotations().history(posts.get(0))).hasSize(2);
            assertThat(project.annotations().retract(verdict.id(), posts.get(0), "ana", false)).isEmpty();
        }
    }

    @Test
    void theUnlabelledQueueIsPerAnnotatorAndPagesByPostId() throws Exception {
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            List<Long> posts = posts(project, 5);
            LabelSchema verdict = project.labelSchemas().create(VERDICT, false);
            project.annotations().add(verdict, NewAnnotation.of(posts.get(1), verdict.id(), "ana", List.of("true")));

            assertThat(project.annotations().unlabelledBy(verdict.id(), "ana", posts.get(0), 2))
                    .containsExactly(posts.get(2), posts.get(3));
            assertThat(project.annotations().unlabelledBy(verdict.id(), "ben", 0, 10)).hasSize(5);
        }
    }

    @Test
    void disagreementsWaitForAdjudicationWhichStandsBesideTheAnnotatorsOwnLabel() throws Exception {
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            List<Long> posts = posts(project, 3);
            LabelSchema verdict = project.labelSchemas().create(VERDICT, false);
            label(project, verdict, posts.get(0), "ana", "true");
            label(project, verdict, posts.get(0), "ben", "false");
            label(project, verdict, posts.get(1), "ana", "misleading");
            label(project, verdict, posts.get(1), "ben", "misleading");
            assertThat(project.annotations().disagreements(verdict.id(), 0, 10)).containsExactly(posts.get(0));

            project.annotations().add(verdict, new NewAnnotation(posts.get(0), verdict.id(), "ana", List.of("false"),
                    "", List.of(), AnnotationOrigin.ADJUDICATION));

            assertThat(project.annotations().disagreements(verdict.id(), 0, 10)).isEmpty();
            assertThat(project.annotations().current(verdict.id(), posts.get(0))).extracting(Annotation::labels)
                    .containsExactly(List.of("true"), List.of("false"), List.of("false"));
            assertThat(project.annotations().annotators(verdict.id())).containsExactly("ana", "ben");
        }
    }

    @Test
    void multiLabelAnswersAreStoredInTheSchemasOrderAndNoneIsAnAnswer() throws Exception {
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            List<Long> posts = posts(project, 2);
            LabelSchema techniques = project.labelSchemas().create(TECHNIQUES, false);
            project.annotations().add(techniques, NewAnnotation.of(posts.get(0), techniques.id(), "ana", List.of("doubt", "loaded language")));
            project.annotations().add(techniques, NewAnnotation.of(posts.get(1), techniques.id(), "ana", List.of()));

            assertThat(project.annotations().current(techniques.id())).extracting(Annotation::labels)
                    .containsExactly(List.of("loaded language", "doubt"), List.of());
            assertThat(project.labelSchemas().forTask("propaganda")).contains(techniques);
        }
    }

    @Test
    void aLabelOutsideTheSchemaOrTwoLabelsOnASingleLabelSchemaAreRefusedAndNothingIsWritten() throws Exception {
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            long post = posts(project, 1).get(0);
            LabelSchema verdict = project.labelSchemas().create(VERDICT, false);

            assertThatThrownBy(() -> label(project, verdict, post, "ana", "fake"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fake' is not a label of schema 'verdict'");
            assertThatThrownBy(() -> project.annotations().add(verdict,
                    NewAnnotation.of(post, verdict.id(), "ana", List.of("true", "false"))))
                    .hasMessageContaining("exactly one label");
            assertThatThrownBy(() -> project.labelSchemas().create(VERDICT, false))
                    .hasMessageContaining("already");
            assertThat(project.annotations().history(post)).isEmpty();
        }
    }

    private static void label(Project project, LabelSchema schema, long post, String annotator, String label) {
        project.annotations().add(schema, NewAnnotation.of(post, schema.id(), annotator, List.of(label)));
    }

    private static List<Long> posts(Project project, int count) {
        List<PostDraft> drafts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            drafts.add(StoreFixtures.post("p" + i, "post number " + i, "author", "en", Instant.ofEpochSecond(i), i));
        }
        StoreFixtures.write(project, StoreFixtures.source(project, "posts.csv"), drafts, List.of());
        return project.posts().page(PostQuery.all(), 0, count).stream().map(PostRow::id).sorted().toList();
    }
}
