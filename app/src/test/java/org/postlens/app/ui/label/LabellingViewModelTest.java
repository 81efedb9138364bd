package org.postlens.app.ui.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.annotate.QueueKind;
import org.postlens.app.domain.Annotation;
import org.postlens.app.domain.AnnotationAction;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewPrediction;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.domain.SchemaDraft;
import org.postlens.app.domain.SchemaKind;
import org.postlens.app.settings.AppSettings;
import org.postlens.app.store.Project;
import org.postlens.app.ui.TestPosts;
import org.postlens.app.ui.jobs.CurrentThreadTaskExecutor;
import org.postlens.resources.TaskDefinitions;

/** The labelling view model without a window, on a real project: keys, undo, blind mode, throughput, the name. */
class LabellingViewModelTest {

    @TempDir
    Path dir;
    Project project;
    List<Long> posts;
    MutableClock clock = new MutableClock();
    AppSettings settings;
    LabelSchemas schemas;

    @BeforeEach
    void project() throws Exception {
        project = Project.create(dir.resolve("l.postlens"));
        TestPosts.importCsv(project, TestPosts.writeCsv(dir, "posts.csv", TestPosts.generatedRows(12)));
        posts = project.posts().page(PostQuery.all(), 0, 100).stream().map(PostRow::id).sorted().toList();
        settings = AppSettings.load(dir.resolve("settings.json"));
        schemas = new LabelSchemas(project, TaskDefinitions.shipped());
    }

    @AfterEach
    void close() {
        project.close();
    }

    private LabellingViewModel open(String schemaName, QueueKind kind) {
        LabellingViewModel viewModel = new LabellingViewModel(project, schemas, settings, new CurrentThreadTaskExecutor(), clock);
        viewModel.refresh();
        viewModel.schemaProperty().set(schemas.require(schemaName));
        viewModel.queueKindProperty().set(kind);
        if (viewModel.needsAnnotator()) {
            viewModel.setAnnotator("ana");
        } else {
            viewModel.start();
        }
        return viewModel;
    }

    private long shown(LabellingViewModel viewModel) {
        return viewModel.itemProperty().get().post().id();
    }

    private List<String> standing(LabelSchema schema, long post) {
        return project.annotations().current(schema.id(), post).stream().filter(a -> a.annotator().equals("ana"))
                .findFirst().map(Annotation::labels).orElse(null);
    }

    @Test
    void aDigitLabelsTheVerdictAtOnceAndMovesOnLettersAndUnknownKeysDoNot() {
        LabellingViewModel viewModel = open("verdict", QueueKind.UNLABELLED);
        LabelSchema verdict = schemas.require("verdict");
        assertThat(shown(viewModel)).isEqualTo(posts.get(0));

        assertThat(viewModel.typed("4")).isTrue();
        assertThat(standing(verdict, posts.get(0))).containsExactly("false");
        assertThat(shown(viewModel)).isEqualTo(posts.get(1));

        assertThat(viewModel.typed("1")).isTrue();
        assertThat(standing(verdict, posts.get(1))).containsExactly("true");
        assertThat(viewModel.typed("9")).as("five labels: 9 picks none").isFalse();
        assertThat(viewModel.typed("x")).isFalse();
        assertThat(shown(viewModel)).isEqualTo(posts.get(2));
    }

    @Test
    void aMultiLabelSchemaTogglesWithKeysAndEnterStoresTheTickedLabels() {
        schemas.create(new SchemaDraft("topics", "Topics", SchemaKind.MULTI,
                List.of("flood", "power", "water", "rescue", "a5", "a6", "a7", "a8", "a9", "a10", "eleventh"), "", List.of(), null));
        LabellingViewModel viewModel = open("topics", QueueKind.UNLABELLED);
        viewModel.typed("1");
        viewModel.typed("3");
        viewModel.typed("a");
        viewModel.typed("1");
        assertThat(viewModel.chosenLabels()).containsExactly("water", "eleventh");
        assertThat(shown(viewModel)).as("toggling does not move on").isEqualTo(posts.get(0));
        viewModel.confirm();
        assertThat(standing(schemas.require("topics"), posts.get(0))).containsExactly("water", "eleventh");
        assertThat(shown(viewModel)).isEqualTo(posts.get(1));
    }

    @Test
    void undoRetractsAFirstLabelAndRestoresTheOneAChangeSuperseded() {
        LabellingViewModel viewModel = open("verdict", QueueKind.UNLABELLED);
        LabelSchema verdict = schemas.require("verdict");
        viewModel.typed("1");                      // post 0: true
        viewModel.previous();                      // back to post 0
        assertThat(shown(viewModel)).isEqualTo(posts.get(0));
        assertThat(viewModel.chosenLabels()).containsExactly("true");
        viewModel.typed("3");                      // post 0: misleading, supersedes true
        viewModel.typed("2");                      // post 1: mostly true
        assertThat(shown(viewModel)).isEqualTo(posts.get(2));

        viewModel.undo();
        assertThat(shown(viewModel)).isEqualTo(posts.get(1));
        assertThat(standing(verdict, posts.get(1))).isNull();
        viewModel.undo();
        assertThat(shown(viewModel)).isEqualTo(posts.get(0));
        assertThat(standing(verdict, posts.get(0))).containsExactly("true");
        assertThat(viewModel.chosenLabels()).containsExactly("true");
        assertThat(project.annotations().history(posts.get(0))).extracting(Annotation::labels)
                .containsExactly(List.of("true"), List.of("misleading"), List.of("true"));
        assertThat(project.annotations().history(posts.get(1))).extracting(Annotation::action)
                .containsExactly(AnnotationAction.LABEL, AnnotationAction.RETRACT);
        viewModel.undo();
        viewModel.undo();
        assertThat(standing(verdict, posts.get(0))).isNull();
        viewModel.undo();
        assertThat(viewModel.messageProperty().get()).contains("Nothing to undo");
    }

    @Test
    void blindLabellingHidesTheModelsPredictionAndIsOnByDefaultForSchemasTrainedOnTheseLabels() {
        Run run = project.runs().start(new NewRun("analyze", "sentiment-en", "1", "djl", "cpu", "{}", "sentiment"));
        project.predictions().write(List.of(new NewPrediction(run.id(), posts.get(0), "negative", 0.81,
                Map.of("negative", 0.81, "neutral", 0.1, "positive", 0.09))));
        project.runs().finish(run.id(), RunStatus.COMPLETE);

        LabellingViewModel viewModel = open("sentiment", QueueKind.UNLABELLED);
        assertThat(viewModel.blindProperty().get()).as("a shipped task's schema: check the model").isFalse();
        assertThat(viewModel.visiblePrediction()).map(p -> p.label()).contains("negative");
        viewModel.blindProperty().set(true);
        assertThat(viewModel.visiblePrediction()).isEmpty();
        assertThat(viewModel.itemProperty().get().prediction()).isPresent();

        assertThat(LabellingViewModel.blindByDefault(schemas.require("verdict"))).isTrue();
        LabelSchema own = schemas.create(new SchemaDraft("mine", "Mine", SchemaKind.SINGLE, List.of("a", "b"), "",
                List.of(), null));
        assertThat(LabellingViewModel.blindByDefault(own)).isTrue();
    }

    @Test
    void throughputIsLabelsPerMinuteOverTheSessionAndCountsTheLabelledAndTheLeft() {
        LabellingViewModel viewModel = open("verdict", QueueKind.UNLABELLED);
        clock.advance(Duration.ofSeconds(20));
        viewModel.typed("1");
        clock.advance(Duration.ofSeconds(20));
        viewModel.typed("2");
        viewModel.skip();
        clock.advance(Duration.ofSeconds(20));
        viewModel.typed("5");
        assertThat(viewModel.progressProperty().get())
                .isEqualTo("3 labelled by ana \u00B7 9 left \u00B7 3 this session \u00B7 3.0 per minute");
    }

    @Test
    void theNameIsAskedOnceAndRememberedInTheSettings() {
        LabellingViewModel first = new LabellingViewModel(project, schemas, settings, new CurrentThreadTaskExecutor(), clock);
        first.refresh();
        assertThat(first.needsAnnotator()).isTrue();
        first.start();
        assertThat(first.itemProperty().get()).isNull();
        first.setAnnotator("  Ana Lopez ");
        assertThat(first.itemProperty().get()).isNotNull();

        LabellingViewModel later = new LabellingViewModel(project, schemas,
                AppSettings.load(dir.resolve("settings.json")), new CurrentThreadTaskExecutor(), clock);
        assertThat(later.needsAnnotator()).isFalse();
        assertThat(later.annotatorProperty().get()).isEqualTo("Ana Lopez");
    }

    @Test
    void theDisagreementsQueueAdjudicates() {
        LabelSchema verdict = schemas.require("verdict");
        project.annotations().add(verdict, org.postlens.app.domain.NewAnnotation.of(posts.get(2), verdict.id(), "ben", List.of("true")));
        project.annotations().add(verdict, org.postlens.app.domain.NewAnnotation.of(posts.get(2), verdict.id(), "cleo", List.of("false")));
        LabellingViewModel viewModel = open("verdict", QueueKind.DISAGREEMENTS);
        assertThat(shown(viewModel)).isEqualTo(posts.get(2));
        viewModel.typed("4");
        assertThat(project.annotations().current(verdict.id(), posts.get(2))).filteredOn(Annotation::adjudication)
                .extracting(Annotation::labels).containsExactly(List.of("false"));
        assertThat(viewModel.finishedProperty().get()).isTrue();
    }

    @Test
    void aNoteIsKeptWithTheLabel() {
        LabellingViewModel viewModel = open("verdict", QueueKind.UNLABELLED);
        viewModel.setNote("photo is from 2019", List.of("out of context"));
        viewModel.typed("3");
        viewModel.previous();
        viewModel.setNote("photo is from 2018", List.of());
        List<Annotation> history = project.annotations().history(posts.get(0));
        assertThat(history).extracting(Annotation::note).containsExactly("photo is from 2019", "photo is from 2018");
        assertThat(history.get(0).tags()).containsExactly("out of context");
        assertThat(history).extracting(Annotation::labels).containsOnly(List.of("misleading"));
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-20T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
