package org.postlens.app.ui.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.service.DemoProjectBuilder;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.store.Project;
import org.postlens.app.ui.AppContext;
import org.postlens.app.ui.PostlensShell;
import org.postlens.app.ui.jobs.FxTaskExecutor;
import org.postlens.app.ui.main.MainView;
import org.postlens.app.ui.posts.PostFilters;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The gallery on the demo project in a real window: thumbnails load, it follows a filter, keys move, Ctrl+G switches. */
@ExtendWith(ApplicationExtension.class)
class GalleryFxTest {

    @TempDir
    static Path dir;
    static Path demo;

    PostlensShell shell;
    FxTaskExecutor executor;

    @BeforeAll
    static void buildDemo() throws Exception {
        demo = DemoProjectBuilder.ensure(dir.resolve("Demo.postlens"));
    }

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        AppContext context = AppContext.standard(new AppDirectories(dir.resolve("home")), executor);
        shell = new PostlensShell(stage, context);
        shell.showProject(Project.open(demo));
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

    private static List<GalleryView.Tile> tiles(FxRobot robot) {
        return robot.lookup(".gallery-tile").queryAllAs(GalleryView.Tile.class).stream()
                .filter(tile -> tile.postId() >= 0).toList();
    }

    @Test
    void showsTheDemoImagesFollowsAFilterAndMovesWithTheKeys(FxRobot robot) throws Exception {
        MainView main = shell.mainView();
        await("the table", () -> main.postsView().table().getItems().size() > 0);

        robot.clickOn("#posts-table");
        robot.press(KeyCode.CONTROL).press(KeyCode.G).release(KeyCode.G).release(KeyCode.CONTROL);
        await("the gallery", () -> robot.lookup("#gallery").tryQuery().map(node -> node.isVisible()).orElse(false));
        GalleryViewModel gallery = shell.mainViewModel().gallery();
        long withImages;
        try (Project project = Project.open(demo)) {
            withImages = project.posts().count(PostQuery.all().withHasImage(true));
        }
        Label count = robot.lookup("#gallery-count").queryAs(Label.class);
        await("the count", () -> count.getText().equals(String.format("%,d posts with images", withImages)));

        // Only the tiles on screen exist, and each shows its post's thumbnail.
        await("thumbnails on screen", () -> !tiles(robot).isEmpty()
                && tiles(robot).stream().allMatch(tile -> tile.shownImage().isPresent()));
        int columns = main.galleryView().columns();
        assertThat(columns).isGreaterThanOrEqualTo(3);
        assertThat(tiles(robot).size()).isLessThan((int) withImages).isLessThanOrEqualTo(columns * 6);

        // The first tile is selected and the detail pane shows its post; → and ↓ move by a tile and by a row.
        await("the detail pane", () -> shell.mainViewModel().detail().detailProperty().get() != null
                && shell.mainViewModel().detail().detailProperty().get().post().id() == gallery.selectedPostProperty().get().id());
        robot.type(KeyCode.RIGHT);
        assertThat(gallery.selectedIndexProperty().get()).isEqualTo(1);
        robot.type(KeyCode.DOWN);
        assertThat(gallery.selectedIndexProperty().get()).isEqualTo(1 + columns);
        PostRow selected = gallery.selectedPostProperty().get();
        await("the detail pane to follow", () -> shell.mainViewModel().detail().detailProperty().get().post().id() == selected.id());
        assertThat(shell.mainViewModel().detail().detailProperty().get().images()).isNotEmpty();

        // A click selects.
        GalleryView.Tile third = tiles(robot).stream().filter(tile -> tile.postId() == gallery.itemsProperty().get().get(2).id())
                .findFirst().orElseThrow();
        robot.clickOn(third);
        assertThat(gallery.selectedIndexProperty().get()).isEqualTo(2);

        // The filter bar stays and the gallery follows it.
        @SuppressWarnings("unchecked")
        ComboBox<PostFilters.LanguageChoice> language = robot.lookup("#language-filter").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue(PostFilters.LanguageChoice.of("ar")));
        long arabicWithImages;
        try (Project project = Project.open(demo)) {
            arabicWithImages = project.posts().count(PostQuery.all().withLang("ar").withHasImage(true));
        }
        assertThat(arabicWithImages).isPositive().isLessThan(withImages);
        await("the Arabic images", () -> count.getText().equals(String.format("%,d posts with images", arabicWithImages)));
        await("their thumbnails", () -> !tiles(robot).isEmpty()
                && tiles(robot).stream().allMatch(tile -> tile.shownImage().isPresent()));
        for (int i = 0; i < gallery.itemsProperty().get().size(); i++) {
            assertThat(gallery.itemsProperty().get().get(i).lang()).isEqualTo("ar");
        }

        // Ctrl+G goes back to the table, with the same filter.
        robot.press(KeyCode.CONTROL).press(KeyCode.G).release(KeyCode.G).release(KeyCode.CONTROL);
        await("the table again", () -> main.postsView().table().getScene() != null && main.postsView().isVisible()
                && main.galleryView().getScene() == null);
        assertThat(main.postsView().table().getItems()).allSatisfy(row -> assertThat(row.lang()).isEqualTo("ar"));
    }
}
