package org.postlens.app.ui.learn;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.embed.RealTextEncoder;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.ui.AppContext;
import org.postlens.app.ui.PostlensShell;
import org.postlens.app.ui.jobs.FxTaskExecutor;
import org.postlens.runtime.RuntimeEnvironment;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test (surefire runs *Test classes only): renders docs/screenshots/active-learning.png, a classifier trained
 * with its learning curve on 400 "mood" labels of 1,000 posts, one label in eight given the wrong way (people
 * err), so the curve rises as it does on real labels. Run it with {@code -Dtest=ActiveLearningScreenshot
 * -Dscreenshot.out=PATH}.
 */
@ExtendWith(ApplicationExtension.class)
class ActiveLearningScreenshot {

    @TempDir
    static Path dir;

    PostlensShell shell;

    @Start
    void start(Stage stage) throws Exception {
        RuntimeEnvironment.configure(RealTextEncoder.TEST_HOME.resolve("cache").resolve("djl"));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        LearnableProject fixture = LearnableProject.create(dir, 1000, 0);
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            String mood = LearnableProject.moodOf(random.nextInt(8) == 0 ? i + 1 : i);
            fixture.project.annotations().add(fixture.mood, NewAnnotation.of(fixture.ids.get(i), fixture.mood.id(), "ana", List.of(mood)));
        }
        shell = new PostlensShell(stage, AppContext.standard(new AppDirectories(dir.resolve("home")), new FxTaskExecutor()));
        shell.showProject(fixture.project);
        stage.show();
    }

    @Test
    void render(FxRobot robot) throws Exception {
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            window[0] = shell.showActiveLearningWindow();
            window[0].setWidth(1180);
            window[0].setHeight(680);
        });
        Label counts = robot.lookup("#learn-counts").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return !counts.getText().isEmpty();
        });
        robot.clickOn("#learn-train");
        Label cv = robot.lookup("#learn-cv").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return !cv.getText().isEmpty();
        });
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window[0].getScene().snapshot(null));
        Path out = Path.of(System.getProperty("screenshot.out", "target/active-learning.png"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
    }
}
