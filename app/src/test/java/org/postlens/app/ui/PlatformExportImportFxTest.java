package org.postlens.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.ingest.platform.PlatformFixtures;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An X archive chosen in the import dialog: recognised, nothing to map, imported with its links. */
@ExtendWith(ApplicationExtension.class)
class PlatformExportImportFxTest {

    @TempDir
    static Path dir;

    PostlensShell shell;
    FxTaskExecutor executor;
    Project project;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        AppContext context = AppContext.standard(new AppDirectories(dir.resolve("home")), executor);
        shell = new PostlensShell(stage, context);
        project = Project.create(dir.resolve("Export-" + System.nanoTime() + ".postlens"));
        shell.showProject(project);
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> shell.closeProject());
        executor.shutdown();
    }

    @Test
    void anArchiveFolderIsRecognisedAndImported(FxRobot robot) throws Exception {
        Path archive = PlatformFixtures.xArchive(dir, "twitter-" + System.nanoTime());
        robot.interact(() -> shell.importFile(archive));
        Button start = robot.lookup("#start-import").queryAs(Button.class);
        await("the export to be recognised", () -> !start.isDisabled());
        assertThat(robot.lookup("#recognised-format").queryAs(Label.class).getText())
                .isEqualTo("X/Twitter account archive");
        assertThat(robot.lookup("#mapping-table").query().isDisabled()).as("nothing to map").isTrue();

        robot.clickOn(start);
        await("the import summary", () -> robot.lookup("#import-summary").tryQuery().isPresent());

        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).contains("6 posts added");
        assertThat(project.links().counts().resolved()).isEqualTo(2);
        robot.clickOn("#close-import");
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
}
