package org.postlens.app.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.Post;
import org.postlens.app.embed.DuplicateCluster;
import org.postlens.app.embed.EmbedJob;
import org.postlens.app.embed.RealTextEncoder;
import org.postlens.app.embed.SimilarPost;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.store.Project;
import org.postlens.app.ui.AppContext;
import org.postlens.app.ui.PostlensShell;
import org.postlens.app.ui.detail.WrappedText;
import org.postlens.app.ui.jobs.FxTaskExecutor;
import org.postlens.runtime.TextEncoder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The clusters view and "posts like this" in the main window, on a project embedded with the real encoder. */
@ExtendWith(ApplicationExtension.class)
class AnalysisViewsFxTest {

    @TempDir
    static Path dir;

    PostlensShell shell;
    FxTaskExecutor executor;
    AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Project project = CopyPastePosts.project(dir);
        try (TextEncoder encoder = RealTextEncoder.open()) {
            new EmbedJob(project, encoder, 4).run(ProgressListener.none(), CancellationToken.none());
        }
        executor = new FxTaskExecutor();
        context = AppContext.standard(new AppDirectories(dir.resolve("home")), executor);
        shell = new PostlensShell(stage, context);
        shell.showProject(project);
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> shell.closeProject());
        executor.shutdown();
        context.encoders().close();
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

    @Test
    void clustersListTheCopyGroupAndPostsLikeThisRankTheParaphrase(FxRobot robot) throws Exception {
        robot.interact(() -> shell.mainView().showClusters());
        TableView<DuplicateCluster> clusters = robot.lookup("#clusters-table").queryTableView();
        TableView<Post> members = robot.lookup("#cluster-members").queryTableView();
        await("the clusters", () -> !clusters.getItems().isEmpty());
        assertThat(clusters.getItems().get(0).size()).isEqualTo(3);
        // The first cluster is chosen; its posts are listed first seen first and the first is in the detail pane.
        await("the cluster's posts", () -> members.getItems().size() == 3);
        assertThat(members.getItems().get(0).author()).isEqualTo("bot_beta");
        WrappedText detailText = robot.lookup("#detail-text").queryAs(WrappedText.class);
        robot.clickOn(robot.lookup("#cluster-members .table-row-cell").nth(2).queryAs(javafx.scene.Node.class));
        await("the third copy in the detail pane", () -> detailText.getText().contains("now!!"));
        assertThat(shell.mainView().postsView().filterBarNode().isVisible()).as("the filter bar, which applies to the table").isFalse();

        // Esc goes back to the posts table; Ctrl+L lists the posts like the one selected there.
        robot.type(KeyCode.ESCAPE);
        await("the posts table", () -> robot.lookup("#posts-table").tryQuery().isPresent());
        TableView<org.postlens.app.domain.PostRow> posts = robot.lookup("#posts-table").queryTableView();
        int query = posts.getItems().stream().map(row -> row.text()).toList().indexOf("Flood waters reach the old bridge in Maralta");
        robot.interact(() -> posts.getSelectionModel().clearAndSelect(query));
        await("the query post in the detail pane", () -> detailText.getText().startsWith("Flood waters"));
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await("the similar posts", () -> robot.lookup("#similar-table").tryQuery().isPresent()
                && !robot.lookup("#similar-table").queryTableView().getItems().isEmpty());
        TableView<SimilarPost> similar = robot.lookup("#similar-table").queryTableView();
        assertThat(similar.getItems().get(0).post().sourceId()).isEqualTo(CopyPastePosts.PARAPHRASE);
        assertThat(robot.lookup("#similar-heading").queryLabeled().getText()).startsWith("Posts like @reporter_one");
        robot.interact(() -> similar.getSelectionModel().select(0));
        await("the paraphrase in the detail pane", () -> detailText.getText().startsWith("The river has risen"));

        robot.clickOn("#similar-back");
        await("the posts table again", () -> robot.lookup("#posts-table").tryQuery().isPresent());
        await("the selected post again", () -> detailText.getText().startsWith("Flood waters"));
    }
}
