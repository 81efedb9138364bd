package org.postlens.app.ui.measure;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.ui.AppContext;
import org.postlens.app.ui.PostlensShell;
import org.postlens.app.ui.jobs.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Annotate ▸ Agreement and Annotate ▸ Evaluate a model run, opened from the main window on a labelled project. */
@ExtendWith(ApplicationExtension.class)
class MeasureWindowsFxTest {

    @TempDir
    static Path dir;

    PostlensShell shell;
    FxTaskExecutor executor;
    MeasuredProject fixture;
    LabelSchema sentiment;
    final List<LabelSchema> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fixture = new MeasuredProject(dir, 30);
        sentiment = fixture.schema("sentiment");
        SentimentLabels.write(fixture, sentiment);
        fixture.sentimentRun("sentiment-en", 25);
        executor = new FxTaskExecutor();
        shell = new PostlensShell(stage, AppContext.standard(new AppDirectories(dir.resolve("home-" + System.nanoTime())), executor));
        shell.showProject(fixture.project);
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> shell.closeProject());
        executor.shutdown();
    }

    @Test
    void agreementShowsKappaPerLabelAndOpensTheDisagreements(FxRobot robot) throws Exception {
        Stage[] window = new Stage[1];
        robot.interact(() -> window[0] = shell.showAgreement(opened::add));
        TableView<?> perLabel = robot.lookup("#agreement-per-label").queryTableView();
        await("the figures", () -> perLabel.getItems().size() == 3);
        assertThat(robot.lookup("#agreement-kappa").queryAs(Label.class).getText()).startsWith(SentimentLabels.KAPPA_TEXT);
        assertThat(robot.lookup("#agreement-alpha").queryAs(Label.class).getText()).doesNotStartWith("undefined");
        assertThat(robot.lookup("#agreement-annotators").queryTableView().getItems()).hasSize(2);
        Button adjudicate = robot.lookup("#agreement-adjudicate").queryButton();
        assertThat(adjudicate.getText()).isEqualTo("Adjudicate " + SentimentLabels.DISAGREEMENTS + " disagreements");
        assertThat(adjudicate.isDisabled()).isFalse();
        robot.clickOn(adjudicate);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(sentiment);
        robot.interact(() -> window[0].close());
    }

    @Test
    void evaluationShowsTheFiguresTheHeatMapAndTheBreakdowns(FxRobot robot) throws Exception {
        Stage[] window = new Stage[1];
        robot.interact(() -> window[0] = shell.showEvaluationWindow());
        TableView<?> perLabel = robot.lookup("#evaluation-per-label").queryTableView();
        await("the evaluation", () -> perLabel.getItems().size() == 3);
        // 17 posts measured, 12 right (see MeasuredProject.sentimentRun).
        assertThat(robot.lookup("#evaluation-accuracy").queryAs(Label.class).getText()).isEqualTo("70.6%");
        assertThat(robot.lookup("#evaluation-run").queryComboBox().getValue().toString()).contains("sentiment-en");

        // Row "negative" (gold 3, 6, 9, 12, 15): 3 and 15 are predicted neutral, the rest negative.
        Label rightNegatives = robot.lookup("#heat-0-0").queryAs(Label.class);
        Label negativesAsNeutral = robot.lookup("#heat-0-1").queryAs(Label.class);
        Label negativesAsPositive = robot.lookup("#heat-0-2").queryAs(Label.class);
        assertThat(rightNegatives.getText()).isEqualTo("3");
        assertThat(negativesAsNeutral.getText()).isEqualTo("2");
        assertThat(negativesAsPositive.getText()).as("an empty cell shows no 0").isEmpty();
        assertThat(fill(rightNegatives)).isEqualTo(ConfusionHeatMap.colour(0.6));
        assertThat(fill(negativesAsNeutral).getBrightness()).as("two fifths of the row are lighter than three fifths")
                .isGreaterThan(fill(rightNegatives).getBrightness());
        assertThat(rightNegatives.getTooltip().getText()).isEqualTo("gold negative, predicted negative: 3 of 5 (60%)");

        assertThat(((EvaluationView) robot.lookup("#evaluation-view").query()).confusionTable().getItems()).hasSize(3);
        robot.clickOn("By language");
        TableView<?> byLanguage = robot.lookup("#evaluation-by-language").queryTableView();
        assertThat(byLanguage.getItems()).hasSize(3);
        assertThat(robot.lookup("#evaluation-export").queryButton().isDisabled()).isFalse();
        robot.interact(() -> window[0].close());
    }

    private static javafx.scene.paint.Color fill(Label cell) {
        return (javafx.scene.paint.Color) cell.getBackground().getFills().get(0).getFill();
    }

    private static void await(String what, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
