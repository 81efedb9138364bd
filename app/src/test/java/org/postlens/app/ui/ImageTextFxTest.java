package org.postlens.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.Media;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.domain.PostRow;
import org.postlens.app.media.ContentHash;
import org.postlens.app.media.ocr.OcrLanguages;
import org.postlens.app.media.ocr.OcrTestSupport;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.store.ImportBatch;
import org.postlens.app.store.Project;
import org.postlens.app.ui.detail.WrappedText;
import org.postlens.app.ui.jobs.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Analyse ▸ Read text in images (Ctrl+Shift+R) on a real project: the post is found by its image's words and shows them. */
@ExtendWith(ApplicationExtension.class)
class ImageTextFxTest {

    static final String ARABIC = "أغلق الجسر القديم بسبب الفيضان";

    @TempDir
    static Path dir;

    PostlensShell shell;
    Project project;
    FxTaskExecutor executor;

    @BeforeAll
    static void tesseractInstalled() {
        OcrTestSupport.engineOrSkip(OcrLanguages.ALL);
    }

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        project = Project.create(dir.resolve("Images-" + System.nanoTime() + ".postlens"));
        ImportSource source = project.imports().begin("/tmp/posts.csv", "posts.csv", "sha-posts", "CSV", null);
        byte[] png = OcrTestSupport.image(ARABIC);
        Media image = new Media(ContentHash.sha256(png), "image/png", png.length, 1000, 150, png);
        project.imports().write(new ImportBatch(source.id(), List.of(
                new ImportBatch.NewPost(draft("1", "A photo of the bridge", "ar"),
                        List.of(new ImportBatch.Attachment(image, null, "bridge.png"))),
                new ImportBatch.NewPost(draft("2", "A post without images", "en"), List.of())), List.of(), 2));
        shell = new PostlensShell(stage, AppContext.standard(new AppDirectories(dir.resolve("home")), executor));
        shell.showProject(project);
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> shell.closeProject());
        executor.shutdown();
    }

    @Test
    void readsTheImagesAsAJobThenShowsTheirTextBesideThemRightToLeft(FxRobot robot) throws Exception {
        TableView<PostRow> table = robot.lookup("#posts-table").queryTableView();
        await("two rows", () -> table.getItems().size() == 2);
        robot.clickOn(table);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);

        Label notice = robot.lookup("#status-notice").queryAs(Label.class);
        await("the OCR job to finish", () -> notice.getText().startsWith("Read 1 images, 1 with text"));

        Label count = robot.lookup("#row-count").queryAs(Label.class);
        robot.interact(() -> robot.lookup("#search").queryAs(javafx.scene.control.TextField.class)
                .setText(recognisedWord(robot)));
        await("the post found by a word in its image", () -> count.getText().equals("1 of 2 posts"));
        assertThat(table.getItems().get(0).sourceId()).isEqualTo("1");
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        await("the image's text in the detail pane", () -> robot.lookup(".image-text-body").tryQuery().isPresent());
        WrappedText read = robot.lookup(".image-text-body").queryAs(WrappedText.class);
        assertThat(OcrTestSupport.wordsFound(read.getText(), ARABIC)).as(read.getText()).isGreaterThanOrEqualTo(0.5);
        assertThat(read.getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(robot.lookup(".image-text").queryAs(javafx.scene.layout.VBox.class).getChildren().get(0))
                .isInstanceOfSatisfying(Label.class, heading -> assertThat(heading.getText()).startsWith("Text in image (eng+ara"));
    }

    /** A word of the image's text that OCR read, straight from the project. */
    private String recognisedWord(FxRobot robot) {
        String read = project.imageTexts().find(project.posts().find(postId(project)).orElseThrow().media().get(0).sha256())
                .orElseThrow().text();
        return java.util.Arrays.stream(ARABIC.split(" ")).filter(word -> word.length() > 3)
                .filter(word -> OcrTestSupport.wordsFound(read, word) == 1.0).findFirst()
                .orElseThrow(() -> new AssertionError("OCR read none of the words in: " + read));
    }

    private static long postId(Project project) {
        return project.posts().page(org.postlens.app.domain.PostQuery.all(), 0, 10).stream()
                .filter(row -> row.sourceId().equals("1")).findFirst().orElseThrow().id();
    }

    private static PostDraft draft(String id, String text, String lang) {
        return new PostDraft("", id, text, Instant.parse("2026-03-01T00:00:00Z"), "desk", null, null, null, null, null,
                lang, List.of(), "{}", Long.parseLong(id), Long.parseLong(id));
    }

    private static void await(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }
}
