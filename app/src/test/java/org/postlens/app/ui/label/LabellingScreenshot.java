package org.postlens.app.ui.label;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.service.DemoProjectBuilder;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.settings.AppSettings;
import org.postlens.app.store.Project;
import org.postlens.app.ui.AppContext;
import org.postlens.app.ui.PostlensShell;
import org.postlens.app.ui.jobs.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test (surefire runs *Test classes only): renders docs/screenshots/labelling.png, the labelling window on the
 * demo project after a few verdicts given from the keyboard. Run it with
 * {@code -Dtest=LabellingScreenshot -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshot.out=PATH}.
 */
@ExtendWith(ApplicationExtension.class)
class LabellingScreenshot {

    @TempDir
    static Path dir;

    PostlensShell shell;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path demo = DemoProjectBuilder.ensure(dir.resolve("demo.postlens"));
        AppDirectories directories = new AppDirectories(dir.resolve("home"));
        AppSettings.load(directories.settingsFile()).setAnnotator("ana");
        FxTaskExecutor executor = new FxTaskExecutor();
        shell = new PostlensShell(stage, AppContext.standard(directories, executor));
        shell.showProject(Project.open(demo));
        stage.show();
    }

    @Test
    void render(FxRobot robot) throws Exception {
        Stage[] labelling = new Stage[1];
        robot.interact(() -> labelling[0] = shell.showLabelling(java.time.Clock.systemUTC()));
        robot.interact(() -> {
            labelling[0].setWidth(1280);
            labelling[0].setHeight(800);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return robot.lookup("#label-post-text").tryQuery().isPresent();
        });
        robot.clickOn("#label-post");
        for (KeyCode key : new KeyCode[] {KeyCode.DIGIT4, KeyCode.DIGIT1, KeyCode.SPACE, KeyCode.DIGIT5}) {
            robot.type(key);
            WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        }
        // On to a post with an image, label it "misleading", and come back to it: its label and history show.
        for (int i = 0; i < 40 && !showsImage(robot); i++) {
            robot.type(KeyCode.SPACE);
        }
        robot.type(KeyCode.DIGIT3);
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = labelling[0].getScene().snapshot(null));
        Path out = Path.of(System.getProperty("screenshot.out", "target/labelling.png"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
    }

    private static boolean showsImage(FxRobot robot) {
        return robot.lookup("#label-post-images").tryQuery()
                .map(node -> node.getScene() != null && !((FlowPane) node).getChildren().isEmpty()
                        && node.getParent() != null)
                .orElse(false);
    }
}
