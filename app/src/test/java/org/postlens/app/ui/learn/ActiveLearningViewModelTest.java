package org.postlens.app.ui.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.annotate.ActiveLearningJob;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.annotate.LearnReport;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.domain.SchemaDraft;
import org.postlens.app.domain.SchemaKind;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.embed.RealTextEncoder;
import org.postlens.app.ui.jobs.CurrentThreadTaskExecutor;
import org.postlens.resources.TaskDefinitions;
import org.postlens.runtime.RuntimeEnvironment;
import org.postlens.runtime.learn.LearningCurve;
import org.postlens.runtime.train.ModelFamily;

/** The active-learning window's logic on a real project with real DJL training (CPU, offline), without a window. */
class ActiveLearningViewModelTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void offline() {
        RuntimeEnvironment.configure(RealTextEncoder.TEST_HOME.resolve("cache").resolve("djl"));
    }

    private ActiveLearningViewModel viewModel(LearnableProject fixture, List<LabelSchema> opened) {
        ActiveLearningViewModel viewModel = new ActiveLearningViewModel(fixture.project,
                new LabelSchemas(fixture.project, TaskDefinitions.shipped()), new CurrentThreadTaskExecutor(),
                () -> {
                    throw new AssertionError("the n-gram family needs no encoder");
                }, opened::add);
        viewModel.load();
        return viewModel;
    }

    @Test
    void trainsOnTheChosenSchemaStoresTheRunAndDrawsTheCurve() throws Exception {
        LearnableProject fixture = LearnableProject.create(dir, 100, 41);
        try (var project = fixture.project) {
            List<LabelSchema> opened = new ArrayList<>();
            ActiveLearningViewModel viewModel = viewModel(fixture, opened);
            assertThat(viewModel.schemaProperty().get()).as("the first schema with labels").isEqualTo(fixture.mood);
            assertThat(viewModel.labelCountsProperty().get())
                    .isEqualTo("40 gold labels \u00B7 1 disagreement waits for adjudication (left out)");
            List<String> progress = new ArrayList<>();
            viewModel.progressTextProperty().addListener((obs, old, text) -> progress.add(text));
            viewModel.familyProperty().set(ModelFamily.NGRAM);
            viewModel.learningCurveProperty().set(true);

            viewModel.train();

            assertThat(viewModel.messageProperty().get()).isEmpty();
            LearnReport report = viewModel.reportProperty().get();
            assertThat(report).isNotNull();
            assertThat(report.labels()).isEqualTo(40);
            assertThat(report.crossValidation().value()).isBetween(0.0, 1.0);
            assertThat(report.crossValidation().value()).as("one cue word per post is easy to learn").isGreaterThan(0.6);
            assertThat(Double.parseDouble(viewModel.crossValidatedProperty().get()))
                    .isCloseTo(report.crossValidation().value(), org.assertj.core.data.Offset.offset(0.0005));
            assertThat(viewModel.crossValidatedNameProperty().get()).isEqualTo("5-fold cross-validated macro F1");
            assertThat(viewModel.summaryProperty().get()).startsWith("N-grams \u00B7 40 labels used"
                    + " \u00B7 60 posts predicted");
            assertThat(progress).anyMatch(text -> text.startsWith("Training on 40 labels \u2014 "))
                    .anyMatch(text -> text.matches("Predicting posts \u2014 100 / 100 posts .*"));
            assertThat(viewModel.runningProperty().get()).isFalse();

            Run run = project.runs().find(report.run().id()).orElseThrow();
            assertThat(run.kind()).isEqualTo(ActiveLearningJob.RUN_KIND);
            assertThat(run.task()).isEqualTo("mood");
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
            Map<Long, Map<String, StoredPrediction>> stored = project.predictions().latest(fixture.ids);
            assertThat(stored.get(fixture.ids.get(1))).as("gold-labelled posts are not predicted").isNull();
            assertThat(stored.get(fixture.ids.get(0))).as("post 1, a disagreement, has no gold label: it is predicted").isNotNull();
            assertThat(stored.get(fixture.ids.get(99)).get("mood").label()).isIn("calm", "alarm");
            assertThat(fixture.ids.subList(41, 100).stream().filter(id -> stored.get(id) != null)).hasSize(59);

            assertThat(viewModel.curve()).extracting(LearningCurve.Point::labels).containsExactly(10, 20, 40);
            assertThat(viewModel.curve()).allSatisfy(point -> assertThat(point.value()).isBetween(0.0, 1.0));

            viewModel.labelMostUncertain();
            assertThat(opened).containsExactly(fixture.mood);
            assertThat(ActiveLearningJob.mostUncertain(project, fixture.mood, 5)).as("the queue it opens").hasSize(5);

            viewModel.savePack(dir.resolve("packs"));
            Path pack = dir.resolve("packs").resolve("learned-mood");
            assertThat(viewModel.savedProperty().get()).isEqualTo("Saved the model pack to " + pack + ". Add that folder in"
                    + " Analyse \u25B8 Models\u2026 to run it over posts like the shipped models.");
            assertThat(Files.readString(pack.resolve("model-card.json"))).contains("\"schema\": \"mood\"");
        }
    }

    @Test
    void withoutTheCurveThereAreNoPoints() throws Exception {
        LearnableProject fixture = LearnableProject.create(dir, 30, 12);
        try (var project = fixture.project) {
            ActiveLearningViewModel viewModel = viewModel(fixture, new ArrayList<>());
            viewModel.learningCurveProperty().set(false);
            viewModel.train();
            assertThat(viewModel.reportProperty().get().learningCurve()).isNull();
            assertThat(viewModel.curve()).isEmpty();
            assertThat(viewModel.summaryProperty().get()).contains("11 labels used", "19 posts predicted");
        }
    }

    @Test
    void tooFewLabelsAreRefusedInPlainWords() throws Exception {
        LearnableProject fixture = LearnableProject.create(dir, 30, 0);
        try (var project = fixture.project) {
            LabelSchema few = project.labelSchemas().create(new SchemaDraft("few", "Few", SchemaKind.SINGLE,
                    List.of("yes", "no"), "", List.of(), null), false);
            for (int i = 0; i < 3; i++) {
                project.annotations().add(few, NewAnnotation.of(fixture.ids.get(i), few.id(), "ana", List.of(i == 0 ? "yes" : "no")));
            }
            ActiveLearningViewModel viewModel = viewModel(fixture, new ArrayList<>());
            viewModel.schemaProperty().set(few);
            assertThat(viewModel.labelCountsProperty().get()).isEqualTo("3 gold labels \u00B7 training needs at least 4");

            viewModel.train();

            assertThat(viewModel.reportProperty().get()).isNull();
            assertThat(viewModel.messageProperty().get())
                    .isEqualTo("Schema 'few' has 3 gold-labelled posts with text; active learning needs at least 4.");
            assertThat(project.runs().forTask("few")).isEmpty();
            assertThat(viewModel.runningProperty().get()).isFalse();
        }
    }

    @Test
    void aCancelLeavesNoCompletedRun() throws Exception {
        LearnableProject fixture = LearnableProject.create(dir, 60, 30);
        try (var project = fixture.project) {
            ActiveLearningViewModel viewModel = viewModel(fixture, new ArrayList<>());
            viewModel.progressTextProperty().addListener((obs, old, text) -> {
                if (text.startsWith("Training")) {
                    viewModel.cancel();
                }
            });

            viewModel.train();

            assertThat(viewModel.reportProperty().get()).isNull();
            assertThat(viewModel.messageProperty().get()).startsWith("Cancelled");
            assertThat(project.runs().forTask("mood")).noneMatch(run -> run.status() == RunStatus.COMPLETE);
            assertThat(ActiveLearningJob.mostUncertain(project, fixture.mood, 10)).isEmpty();
            assertThat(viewModel.runningProperty().get()).isFalse();
        }
    }
}
