package org.postlens.app.ui.analysis;

import org.postlens.app.testing.HideShippedPacks;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.PredictionFilter;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.store.Project;
import org.postlens.app.testing.RunnableModelPacks;
import org.postlens.app.ui.AppContext;
import org.postlens.app.ui.PostlensShell;
import org.postlens.app.ui.TestPosts;
import org.postlens.app.ui.detail.WrappedText;
import org.postlens.app.ui.jobs.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Analyse ▸ Analyse posts in the main window, on real PyTorch packs: a column per task, the task filters, and the
 * detail pane's predictions with the words that pushed them.
 */
@ExtendWith(ApplicationExtension.class)
@ExtendWith(HideShippedPacks.class)
class TaskAnalysisFxTest {

    @TempDir
    static Path dir;

    PostlensShell shell;
    FxTaskExecutor executor;
    AppContext context;
    Project project;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path packs = dir.resolve("packs");
        RunnableModelPacks.pack(packs, "sentiment-en", "sentiment", List.of("en"), List.of("negative", "neutral", "positive"), 1);
        RunnableModelPacks.pack(packs, "offensive-multi", "offensive", List.of("en", "ar"), List.of("not", "offensive"), 2);
        RunnableModelPacks.pack(packs, "stance-abortion-en", "stance", "abortion", List.of("en"), List.of("none", "against", "favor"), 3);
        RunnableModelPacks.pack(packs, "stance-climate-en", "stance", "climate", List.of("en"), List.of("none", "against", "favor"), 4);
        project = Project.create(dir.resolve("p" + System.nanoTime() + ".postlens"));
        TestPosts.importCsv(project, TestPosts.writeCsv(dir, "posts.csv", TestPosts.sampleRows()));
        executor = new FxTaskExecutor();
        context = AppContext.standard(new AppDirectories(dir.resolve("home")), executor);
        context.settings().setModelFolders(List.of(packs));
        shell = new PostlensShell(stage, context);
        shell.showProject(project);
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> shell.closeProject());
        executor.shutdown();
        context.encoders().close();
    }

    private static void await(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }

    @Test
    void analysingAddsATaskColumnFiltersAndExplainedPredictions(FxRobot robot) throws Exception {
        TableView<PostRow> table = robot.lookup("#posts-table").queryTableView();
        assertThat(robot.lookup("#task-filter").query().getParent().isVisible()).as("no task filters before any prediction").isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);

        await("a column per task", () -> column(table, "sentiment") != null && column(table, "offensive") != null
                && column(table, "stance-abortion") != null && column(table, "stance-climate") != null);
        assertThat(column(table, "stance-abortion").getText()).as("one column per stance target").isEqualTo("stance \u00B7 abortion");
        assertThat(column(table, "stance-climate").getText()).isEqualTo("stance \u00B7 climate");
        assertThat(robot.lookup("#task-filter").query().getParent().isVisible()).isTrue();
        await("the job's summary", () -> !shell.mainViewModel().jobs().isRunning());
        assertThat(shell.mainViewModel().jobs().noticeProperty().get()).startsWith("Analysed 5 posts");
        int english = indexOf(table, "Flood waters reach the old bridge in Maralta");
        int hindi = indexOf(table, "माराल्टा में बाढ़ का पानी पुराने पुल तक पहुँचा");
        long englishId = table.getItems().get(english).id();
        StoredPrediction stored = project.predictions().latest(englishId).get("sentiment");
        assertThat(column(table, "sentiment").getCellData(english))
                .isEqualTo(stored.label() + " " + String.format("%.2f", stored.score()));
        assertThat(column(table, "sentiment").getCellData(hindi)).as("no pack reads Hindi").isEmpty();

        // Filter by the task's label and a least score: the table shows what the store selects.
        String label = stored.label();
        robot.interact(() -> {
            shell.mainViewModel().posts().predictionTaskProperty().set("sentiment");
            shell.mainViewModel().posts().predictionLabelProperty().set(label);
        });
        long expected = project.posts().count(PostQuery.all().withPrediction(new PredictionFilter("sentiment", label, null, null)));
        await("the label filter", () -> table.getItems().size() == expected);
        assertThat(table.getItems()).extracting(PostRow::lang).containsOnly("en");
        robot.interact(() -> shell.mainViewModel().posts().minScoreProperty().set(0.99));
        await("the score filter", () -> table.getItems().isEmpty());
        robot.interact(() -> shell.mainViewModel().posts().clearFilters());
        await("all posts again", () -> table.getItems().size() == 6);

        // The detail pane: label, score, class scores, model and run, and the words that pushed it.
        int row = indexOf(table, "Flood waters reach the old bridge in Maralta");
        robot.interact(() -> table.getSelectionModel().clearAndSelect(row));
        WrappedText detailText = robot.lookup("#detail-text").queryAs(WrappedText.class);
        await("the post in the detail pane", () -> detailText.getText().startsWith("Flood waters"));
        await("the prediction", () -> robot.lookup("#prediction-sentiment").tryQuery().isPresent());
        assertThat(robot.lookup("#prediction-sentiment").queryAs(Label.class).getText())
                .isEqualTo("sentiment: " + stored.label() + "  " + String.format("%.2f", stored.score()));
        await("the words that pushed it", () -> robot.lookup("#pushed-by-sentiment").queryAs(Label.class).getText()
                .matches("Pushed by: \u201C.+"));
        String pushedBy = robot.lookup("#pushed-by-sentiment").queryAs(Label.class).getText();
        assertThat(pushedBy).containsAnyOf("flood", "waters", "reach", "bridge", "maralta", "old", "the", "in");
        assertThat(robot.lookup("#prediction-stance-climate").queryAs(Label.class).getText()).startsWith("stance \u00B7 climate: ");
        assertThat(robot.lookup("#detail-predictions").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .as("sentiment, offensive and two stance targets").hasSize(4);
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<PostRow, String> column(TableView<PostRow> table, String task) {
        return (TableColumn<PostRow, String>) table.getColumns().stream()
                .filter(column -> ("task-column-" + task).equals(column.getId())).findFirst().orElse(null);
    }

    private static int indexOf(TableView<PostRow> table, String text) {
        return table.getItems().stream().map(PostRow::text).toList().indexOf(text);
    }
}
