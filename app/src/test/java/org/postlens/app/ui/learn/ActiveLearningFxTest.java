package org.postlens.app.ui.learn;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.annotate.ActiveLearningJob;
import org.postlens.app.annotate.QueueKind;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.embed.RealTextEncoder;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.settings.AppSettings;
import org.postlens.app.ui.AppContext;
import org.postlens.app.ui.PostlensShell;
import org.postlens.app.ui.jobs.FxTaskExecutor;
import org.postlens.runtime.RuntimeEnvironment;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Annotate ▸ Train a classifier from labels in a real window, opened from the main window's menu on a tiny project:
 * a training with the learning curve, its figure and chart, then the labelling window on the most uncertain posts.
 */
@ExtendWith(ApplicationExtension.class)
class ActiveLearningFxTest {

    @TempDir
    static Path dir;

    PostlensShell shell;
    FxTaskExecutor executor;
    LearnableProject fixture;

    @BeforeAll
    static void offline() {
        RuntimeEnvironment.configure(RealTextEncoder.TEST_HOME.resolve("cache").resolve("djl"));
    }

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fixture = LearnableProject.create(dir, 60, 25);
        AppDirectories directories = new AppDirectories(dir.resolve("home-" + System.nanoTime()));
        AppSettings.load(directories.settingsFile()).setAnnotator("ana");
        executor = new FxTaskExecutor();
        shell = new PostlensShell(stage, AppContext.standard(directories, executor));
        shell.showProject(fixture.project);
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> shell.closeProject());
        executor.shutdown();
    }

    @Test
    void trainsFromTheMenuDrawsTheCurveAndOpensTheUncertainQueue(FxRobot robot) throws Exception {
        robot.clickOn("#menu-annotate");
        robot.clickOn("#menu-learn");
        Label counts = robot.lookup("#learn-counts").queryAs(Label.class);
        await("the schema's label counts", () -> counts.getText().startsWith("24 gold labels"));
        assertThat(counts.getText()).isEqualTo("24 gold labels \u00B7 1 disagreement waits for adjudication (left out)");
        assertThat(robot.lookup("#learn-family-explanation").queryAs(Label.class).getText()).startsWith("Word and character n-grams");
        assertThat(robot.lookup("#learn-label-uncertain").queryButton().isDisabled()).isTrue();

        robot.clickOn("#learn-train");
        Label cv = robot.lookup("#learn-cv").queryAs(Label.class);
        await("the training", () -> !cv.getText().isEmpty());

        assertThat(Double.parseDouble(cv.getText())).isBetween(0.0, 1.0);
        assertThat(robot.lookup("#learn-cv-name").queryAs(Label.class).getText()).isEqualTo("5-fold cross-validated macro F1");
        assertThat(robot.lookup("#learn-summary").queryAs(Label.class).getText())
                .startsWith("N-grams \u00B7 24 labels used \u00B7 36 posts predicted");
        ActiveLearningView view = robot.lookup("#learn-view").queryAs(ActiveLearningView.class);
        assertThat(view.chart().getData()).hasSize(1);
        assertThat(view.chart().getData().get(0).getData()).extracting(XYChart.Data::getXValue)
                .containsExactly(10, 20, 24);
        assertThat(view.chart().getYAxis().getLabel()).isEqualTo("Cross-validated macro F1");
        assertThat(fixture.project.runs().forTask("mood")).singleElement()
                .satisfies(run -> assertThat(run.status()).isEqualTo(RunStatus.COMPLETE));

        robot.clickOn("#learn-label-uncertain");
        await("the labelling window's first uncertain post", () -> shell.labellingViewModel() != null
                && shell.labellingViewModel().itemProperty().get() != null
                && shell.labellingViewModel().queueKindProperty().get() == QueueKind.UNCERTAIN);
        assertThat(shell.labellingViewModel().schemaProperty().get().name()).isEqualTo("mood");
        assertThat(shell.labellingViewModel().itemProperty().get().post().id()).as("the most uncertain first")
                .isEqualTo(ActiveLearningJob.mostUncertain(fixture.project, fixture.mood, 1).get(0).postId());
    }

    private static void await(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }
}
