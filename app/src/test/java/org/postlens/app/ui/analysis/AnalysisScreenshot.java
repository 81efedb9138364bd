package org.postlens.app.ui.analysis;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.PostRow;
import org.postlens.app.service.DemoProjectBuilder;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.store.Project;
import org.postlens.app.ui.AppContext;
import org.postlens.app.ui.PostlensShell;
import org.postlens.app.ui.jobs.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test (surefire runs *Test classes only): renders docs/screenshots/analysis.png, the demo project analysed
 * with the shipped task packs. Run it with {@code -Dtest=AnalysisScreenshot -Dscreenshot.out=PATH}.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisScreenshot {

    @TempDir
    static Path dir;

    PostlensShell shell;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path demo = DemoProjectBuilder.ensure(dir.resolve("demo.postlens"));
        FxTaskExecutor executor = new FxTaskExecutor();
        AppContext context = AppContext.standard(new AppDirectories(dir.resolve("home")), executor);
        shell = new PostlensShell(stage, context);
        shell.showProject(Project.open(demo));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @Test
    void render(FxRobot robot) throws Exception {
        robot.interact(() -> shell.mainViewModel().analysis().analyse());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return !shell.mainViewModel().jobs().isRunning() && !shell.mainViewModel().posts().tasks().isEmpty();
        });
        TableView<PostRow> table = robot.lookup("#posts-table").queryTableView();
        robot.interact(() -> shell.mainViewModel().posts().predictionTaskProperty().set("sentiment"));
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        int english = 0;
        for (int i = 0; i < table.getItems().size(); i++) {
            if ("en".equals(table.getItems().get(i).lang())) {
                english = i;
                break;
            }
        }
        int row = english;
        robot.interact(() -> table.getSelectionModel().clearAndSelect(row));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return robot.lookup("#pushed-by-sentiment").tryQuery().isPresent()
                    && !robot.lookup("#pushed-by-sentiment").queryLabeled().getText().endsWith("\u2026");
        });
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        Path out = Path.of(System.getProperty("screenshot.out", "target/analysis.png"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
    }
}
