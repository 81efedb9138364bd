package org.postlens.app.ui.measure;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.Post;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.ui.AppContext;
import org.postlens.app.ui.PostlensShell;
import org.postlens.app.ui.jobs.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test (surefire runs *Test classes only): renders docs/screenshots/evaluation.png, a run of the 20-label
 * emoji task measured against two annotators' labels on 600 posts, and docs/screenshots/agreement.png, three
 * fact-checkers' verdicts on 120 posts. Labels and predictions are drawn with a fixed seed: common emoji more
 * often, neighbours confused, as a real emoji model does. Run it with {@code -Dtest=EvaluationScreenshot
 * -Dscreenshot.out=PATH -Dscreenshot.agreement=PATH}.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationScreenshot {

    @TempDir
    static Path dir;

    PostlensShell shell;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MeasuredProject fixture = new MeasuredProject(dir, 600);
        LabelSchema emoji = fixture.schema("emoji");
        List<String> labels = emoji.labels();
        Random random = new Random(42);
        Map<Post, String> predicted = new LinkedHashMap<>();
        for (Post post : fixture.posts) {
            int gold = zipf(random, labels.size());
            fixture.label(emoji, "amira", post, labels.get(gold));
            fixture.label(emoji, "ben", post, labels.get(random.nextDouble() < 0.9 ? gold : zipf(random, labels.size())));
            if (random.nextDouble() < 0.97) {
                predicted.put(post, labels.get(prediction(random, gold, labels.size())));
            }
        }
        fixture.run("emoji", "emoji-en", predicted, labels);
        // Three fact-checkers' verdicts on 120 posts, for the agreement window.
        LabelSchema verdict = fixture.schema("verdict");
        List<String> scale = verdict.labels();
        for (Post post : fixture.posts.subList(0, 120)) {
            int truth = random.nextInt(scale.size());
            for (String checker : List.of("amira", "ben", "chloé")) {
                double draw = random.nextDouble();
                int given = draw < 0.8 ? truth : draw < 0.93 ? Math.max(0, Math.min(scale.size() - 2, truth + (random.nextBoolean() ? 1 : -1)))
                        : random.nextInt(scale.size());
                if (!checker.equals("chloé") || post.id() % 3 != 0) {
                    fixture.label(verdict, checker, post, scale.get(given));
                }
            }
        }
        shell = new PostlensShell(stage, AppContext.standard(new AppDirectories(dir.resolve("home")), new FxTaskExecutor()));
        shell.showProject(fixture.project);
        stage.show();
    }

    /** A label index, the first labels far more often (emoji use is heavy-tailed). */
    private static int zipf(Random random, int labels) {
        double total = 0;
        for (int i = 1; i <= labels; i++) {
            total += 1.0 / i;
        }
        double draw = random.nextDouble() * total;
        for (int i = 1; i <= labels; i++) {
            draw -= 1.0 / i;
            if (draw <= 0) {
                return i - 1;
            }
        }
        return labels - 1;
    }

    /** Right more often for common labels; otherwise a neighbour (the hearts, the faces) or a common label. */
    private static int prediction(Random random, int gold, int labels) {
        if (random.nextDouble() < 0.75 - 0.025 * gold) {
            return gold;
        }
        return random.nextBoolean() ? Math.max(0, Math.min(labels - 1, gold + (random.nextBoolean() ? 1 : -1)))
                : random.nextInt(3);
    }

    @Test
    void renderAgreement(FxRobot robot) throws Exception {
        Stage[] window = new Stage[1];
        robot.interact(() -> window[0] = shell.showAgreement(schema -> { }));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<LabelSchema> schemas = robot.lookup("#agreement-schema").queryComboBox();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return !schemas.getItems().isEmpty();
        });
        robot.interact(() -> schemas.setValue(schemas.getItems().stream().filter(s -> s.name().equals("verdict")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            String message = robot.lookup("#agreement-message").queryAs(javafx.scene.control.Label.class).getText();
            if (message.startsWith("Cannot")) {
                throw new IllegalStateException(message);
            }
            return !robot.lookup("#agreement-pairs").queryTableView().getItems().isEmpty();
        });
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window[0].getScene().snapshot(null));
        Path out = Path.of(System.getProperty("screenshot.agreement", "target/agreement.png"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        robot.interact(() -> window[0].close());
    }

    @Test
    void render(FxRobot robot) throws Exception {
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            window[0] = shell.showEvaluationWindow();
            window[0].setWidth(1480);
            window[0].setHeight(900);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return robot.lookup("#heat-19-19").tryQuery().isPresent();
        });
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window[0].getScene().snapshot(null));
        Path out = Path.of(System.getProperty("screenshot.out", "target/evaluation.png"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
    }
}
