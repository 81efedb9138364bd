package org.postlens.app.ui.label;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.Annotation;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.settings.AppSettings;
import org.postlens.app.store.Project;
import org.postlens.app.ui.AppContext;
import org.postlens.app.ui.PostlensShell;
import org.postlens.app.ui.TestPosts;
import org.postlens.app.ui.jobs.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The labelling window in a real JavaFX stage: opened from the main window with Ctrl+B, three posts labelled from
 * the keyboard (one of them changed and the change undone), every label in the project file at once.
 */
@ExtendWith(ApplicationExtension.class)
class LabellingFxTest {

    @TempDir
    static Path dir;

    PostlensShell shell;
    FxTaskExecutor executor;
    Path file;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        file = dir.resolve("label.postlens");
        try (Project project = Project.create(file)) {
            TestPosts.importCsv(project, TestPosts.writeCsv(dir, "posts.csv", TestPosts.sampleRows()));
        }
        AppDirectories directories = new AppDirectories(dir.resolve("home"));
        AppSettings.load(directories.settingsFile()).setAnnotator("ana");
        executor = new FxTaskExecutor();
        shell = new PostlensShell(stage, AppContext.standard(directories, executor));
        shell.showProject(Project.open(file));
        stage.setWidth(1200);
        stage.setHeight(760);
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> shell.closeProject());
        executor.shutdown();
    }

    private static void await(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }

    private static String shownText(FxRobot robot) {
        return robot.lookup("#label-post-text").queryAs(org.postlens.app.ui.detail.WrappedText.class).getText();
    }

    @Test
    void labelsThreePostsFromTheKeyboardAndUndoes(FxRobot robot) throws Exception {
        await("the table", () -> shell.mainView().postsView().table().getItems().size() == 6);
        robot.clickOn("#posts-table");
        robot.press(KeyCode.CONTROL).press(KeyCode.B).release(KeyCode.B).release(KeyCode.CONTROL);
        await("the labelling window", () -> robot.lookup("#label-post-text").tryQuery().isPresent()
                && !shownText(robot).isEmpty());
        assertThat(shownText(robot)).isEqualTo("Flood waters reach the old bridge in Maralta");
        assertThat(robot.lookup("#label-legend").queryAs(Label.class).getText()).contains("Ctrl+Z undo");
        Node keyOfFalse = robot.lookup("#label-choice-3 .label-key").query();
        assertThat(((Label) keyOfFalse).getText()).isEqualTo("4");

        robot.clickOn("#label-post");
        robot.type(KeyCode.DIGIT4);          // post 1: false
        await("the second post", () -> shownText(robot).startsWith("الفَيَضَانُ"));
        assertThat(robot.lookup("#label-post-text").queryAs(Node.class).getNodeOrientation())
                .isEqualTo(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        robot.type(KeyCode.DIGIT1);          // post 2: true
        robot.type(KeyCode.SPACE);           // post 3: skipped
        robot.type(KeyCode.DIGIT5);          // post 4: unverifiable
        robot.type(KeyCode.DIGIT3);          // post 5: misleading …
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL); // … taken back
        await("back on the fifth post", () -> shownText(robot).startsWith("صور الجسر"));
        assertThat(robot.lookup("#label-progress").queryAs(Label.class).getText())
                .startsWith("3 labelled by ana \u00B7 3 left \u00B7 3 this session");
        assertThat(robot.lookup("#label-history").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .extracting(node -> ((Label) node).getText()).anySatisfy(line -> assertThat(line).contains("took back"));

        try (Project project = Project.open(file)) {
            LabelSchema verdict = project.labelSchemas().find("verdict").orElseThrow();
            List<Long> ids = project.posts().page(PostQuery.all(), 0, 10).stream().map(PostRow::id).sorted().toList();
            assertThat(labels(project, verdict, ids.get(0))).containsExactly("false");
            assertThat(labels(project, verdict, ids.get(1))).containsExactly("true");
            assertThat(labels(project, verdict, ids.get(2))).isEmpty();
            assertThat(labels(project, verdict, ids.get(3))).containsExactly("unverifiable");
            assertThat(labels(project, verdict, ids.get(4))).isEmpty();
            assertThat(project.annotations().history(ids.get(4))).hasSize(2);
        }
    }

    private static List<String> labels(Project project, LabelSchema schema, long post) {
        return project.annotations().current(schema.id(), post).stream().findFirst().map(Annotation::labels).orElse(List.of());
    }
}
