package org.postlens.app.ui.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postlens.app.testing.NearDuplicatePosts.id;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.annotate.LabelPropagation;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.domain.Annotation;
import org.postlens.app.domain.AnnotationOrigin;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.store.Project;
import org.postlens.app.testing.NearDuplicatePosts;
import org.postlens.app.ui.AppContext;
import org.postlens.app.ui.PostlensShell;
import org.postlens.app.ui.jobs.FxTaskExecutor;
import org.postlens.resources.TaskDefinitions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Annotate ▸ Review suggested labels in a real window: A accepts the chosen suggestion, R rejects the next. */
@ExtendWith(ApplicationExtension.class)
class SuggestionsWindowFxTest {

    @TempDir
    static Path dir;

    PostlensShell shell;
    FxTaskExecutor executor;
    Project project;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path folder = Files.createDirectories(dir.resolve("p-" + System.nanoTime()));
        project = Project.open(NearDuplicatePosts.create(folder, true));
        LabelSchema verdict = new LabelSchemas(project, TaskDefinitions.shipped()).require("verdict");
        project.annotations().add(verdict, NewAnnotation.of(id(project, "a"), verdict.id(), "ana", List.of("false")));
        new LabelPropagation(project).suggestFor(verdict, id(project, "a"), "ana");
        executor = new FxTaskExecutor();
        shell = new PostlensShell(stage, AppContext.standard(new AppDirectories(folder.resolve("home")), executor));
        shell.showProject(project);
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> shell.closeProject());
        executor.shutdown();
    }

    @Test
    void listsThePendingSuggestionsAndDecidesThemFromTheKeyboard(FxRobot robot) throws Exception {
        Stage[] window = new Stage[1];
        robot.interact(() -> window[0] = shell.showSuggestionsWindow());
        TableView<?> table = robot.lookup("#suggestions-table").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        assertThat(robot.lookup("#suggestions-pending").queryAs(Label.class).getText()).isEqualTo("2 pending");
        SuggestionsViewModel.Row first = (SuggestionsViewModel.Row) table.getSelectionModel().getSelectedItem();
        assertThat(first).isNotNull();
        assertThat(robot.lookup("#suggestions-why").queryAs(Label.class).getText())
                .startsWith("Suggested: false \u00B7 ");
        assertThat(robot.lookup("#suggestions-source-text").queryAs(Label.class).getText())
                .isEqualTo("Mayor arrested at dawn, police say");

        robot.interact(() -> table.requestFocus());
        robot.type(KeyCode.A);
        await("the first suggestion to be accepted", () -> table.getItems().size() == 1);
        SuggestionsViewModel.Row second = (SuggestionsViewModel.Row) table.getSelectionModel().getSelectedItem();
        robot.type(KeyCode.R);
        await("the second suggestion to be rejected", () -> table.getItems().isEmpty());

        assertThat(robot.lookup("#suggestions-pending").queryAs(Label.class).getText()).isEqualTo("0 pending");
        String me = System.getProperty("user.name", "annotator");
        LabelSchema verdict = project.labelSchemas().find("verdict").orElseThrow();
        assertThat(project.annotations().current(verdict.id(), first.suggestion().postId()))
                .extracting(Annotation::annotator, Annotation::origin, Annotation::labels)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(me, AnnotationOrigin.PROPAGATION, List.of("false")));
        assertThat(project.annotations().current(verdict.id(), second.suggestion().postId())).isEmpty();
        robot.interact(() -> window[0].close());
    }

    private static void await(String what, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
