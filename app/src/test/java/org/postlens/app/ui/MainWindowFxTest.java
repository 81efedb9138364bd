package org.postlens.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.PostRow;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The core flow end to end on a real project file: import a CSV through the dialog, search, read a post. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

    @TempDir
    static Path dir;

    PostlensShell shell;
    FxTaskExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        AppContext context = AppContext.standard(new AppDirectories(dir.resolve("home")), executor);
        shell = new PostlensShell(stage, context);
        shell.showProject(Project.create(dir.resolve("Story-" + System.nanoTime() + ".postlens")));
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> shell.closeProject());
        executor.shutdown();
    }

    private static void await(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }

    @Test
    void importSearchAndRead(FxRobot robot) throws Exception {
        Path csv = TestPosts.writeCsv(dir, "maralta.csv", TestPosts.sampleRows());
        robot.interact(() -> shell.importFile(csv));
        Button start = robot.lookup("#start-import").queryAs(Button.class);
        await("the preview to be ready", () -> !start.isDisabled());
        assertThat(robot.lookup("#import-preview").queryTableView().getItems()).hasSize(6);
        robot.clickOn(start);
        await("the import summary", () -> robot.lookup("#import-summary").tryQuery().isPresent());
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).contains("6 posts added");
        robot.clickOn("#close-import");

        TableView<PostRow> table = robot.lookup("#posts-table").queryTableView();
        Label count = robot.lookup("#row-count").queryAs(Label.class);
        await("six rows", () -> table.getItems().size() == 6);
        assertThat(count.getText()).isEqualTo("6 posts");

        // English search, typed.
        robot.clickOn("#search").write("bridge");
        await("the English search", () -> count.getText().equals("2 of 6 posts"));
        assertThat(table.getItems().get(0).text()).contains("old bridge");

        // Escape clears; an Arabic word without diacritics finds the vowelled text too.
        robot.type(KeyCode.ESCAPE);
        await("all rows again", () -> count.getText().equals("6 posts"));
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.interact(() -> search.setText("الجسر"));
        await("the Arabic search", () -> count.getText().equals("2 of 6 posts"));

        // The first match is selected; the detail pane shows its full text, right to left.
        await("the detail pane to show a post", () -> robot.lookup("#detail-text").tryQuery().isPresent());
        org.postlens.app.ui.detail.WrappedText detailText = robot.lookup("#detail-text").queryAs(org.postlens.app.ui.detail.WrappedText.class);
        await("the detail pane", () -> detailText.getText().startsWith("الفَيَضَانُ"));
        assertThat(detailText.getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);

        // J moves to the next post.
        robot.clickOn(table);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        robot.type(KeyCode.J);
        await("the next post", () -> detailText.getText().startsWith("صور الجسر"));
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(robot.lookup("#status-count").queryAs(Label.class).getText()).isEqualTo("2 of 6 posts");
    }
}
