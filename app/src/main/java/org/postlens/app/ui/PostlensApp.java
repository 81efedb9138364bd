package org.postlens.app.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.ui.jobs.FxTaskExecutor;
import org.postlens.app.ui.jobs.TaskExecutor;

/**
 * The desktop app, started by {@code Launcher} when there are no arguments. The composition root: makes the
 * executor and services and hands them to the shell. A project path as first parameter opens it directly.
 */
public final class PostlensApp extends Application {

    private TaskExecutor executor;
    private AppContext context;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        context = AppContext.standard(AppDirectories.fromEnvironment(), executor);
        PostlensShell shell = new PostlensShell(stage, context);
        shell.showStart();
        var parameters = getParameters().getRaw();
        if (!parameters.isEmpty()) {
            shell.startViewModel().openProject(java.nio.file.Path.of(parameters.get(0)));
        }
        stage.show();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        if (context != null) {
            context.encoders().close();
        }
    }
}
