package org.postlens.app.ui.models;

import org.postlens.app.testing.HideShippedPacks;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.settings.AppSettings;
import org.postlens.app.store.Project;
import org.postlens.app.testing.StandInModelPacks;
import org.postlens.app.ui.AppContext;
import org.postlens.app.ui.PostlensShell;
import org.postlens.app.ui.jobs.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Analyse ▸ Models on the FX thread: a remembered folder with one good and one broken pack, then Remove. */
@ExtendWith(ApplicationExtension.class)
@ExtendWith(HideShippedPacks.class)
class ModelsWindowFxTest {

    @TempDir
    static Path dir;

    PostlensShell shell;
    FxTaskExecutor executor;
    Path packs;
    final List<String> errors = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AppDirectories directories = new AppDirectories(dir.resolve("home-" + System.nanoTime()));
        packs = Files.createDirectories(dir.resolve("packs-" + System.nanoTime()));
        StandInModelPacks.pack(packs, "sentiment-en", "sentiment", "en", null);
        StandInModelPacks.pack(packs, "stance-en", "stance", "en", "0".repeat(64));
        AppSettings.load(directories.settingsFile()).setModelFolders(List.of(packs));
        executor = new FxTaskExecutor();
        shell = new PostlensShell(stage, AppContext.standard(directories, executor));
        shell.showProject(Project.create(dir.resolve("Story-" + System.nanoTime() + ".postlens")));
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> shell.closeProject());
        executor.shutdown();
    }

    @Test
    void listsTheUsablePackAndTheBrokenOneApartAndRemovesTheFolder(FxRobot robot) throws Exception {
        Stage[] window = new Stage[1];
        robot.interact(() -> window[0] = shell.showModels(errors::add));
        TableView<?> usable = robot.lookup("#models-packs").queryTableView();
        TableView<?> invalid = robot.lookup("#models-invalid").queryTableView();
        await("the packs to be listed", () -> usable.getItems().size() == 1 && invalid.getItems().size() == 1);
        assertThat(robot.lookup("#models-built-in").queryAs(Label.class).getText()).contains("all-MiniLM-L6-v2");
        assertThat(((ModelsViewModel.InvalidRow) invalid.getItems().get(0)).error()).contains("sha256");
        assertThat(invalid.isVisible()).isTrue();

        Button remove = robot.lookup("#models-remove").queryAs(Button.class);
        assertThat(remove.isDisabled()).as("nothing chosen yet").isTrue();
        ListView<?> folders = robot.lookup("#models-folders").queryAs(ListView.class);
        robot.interact(() -> folders.getSelectionModel().select(0));
        robot.clickOn(remove);
        await("the packs to be gone", () -> usable.getItems().isEmpty() && invalid.getItems().isEmpty());
        assertThat(folders.getItems()).isEmpty();
        assertThat(invalid.getParent().isVisible()).isFalse();
        assertThat(errors).isEmpty();

        robot.clickOn("#models-close");
        await("the window to close", () -> !window[0].isShowing());
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
