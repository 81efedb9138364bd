package org.postlens.app.ui.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.postlens.app.store.Project;
import org.postlens.app.store.ProjectFileException;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.TaskExecutor;

/**
 * The start screen and the File menu's project actions: new, open, open recent, open demo. A project is
 * opened in the background (a large file's schema check can take a moment); on success it is remembered and
 * handed to {@code onOpened}; on failure the message goes to {@code onError} and nothing changes.
 */
public final class StartViewModel {

    /** A recent project as the list shows it; {@code missing} when the file is gone (shown greyed). */
    public record RecentEntry(Path path, boolean missing) {
        public String name() {
            String file = path.getFileName().toString();
            return file.endsWith(".postlens") ? file.substring(0, file.length() - ".postlens".length()) : file;
        }
    }

    /** Makes the demo project if needed and returns its file (wired to {@code demo.DemoProject}). */
    @FunctionalInterface
    public interface DemoProjectSource {
        Path ensureDemoProject() throws Exception;
    }

    private final RecentProjects recent;
    private final ProjectOpener opener;
    private final TaskExecutor executor;
    private final DemoProjectSource demo;
    private final ObservableList<RecentEntry> entries = FXCollections.observableArrayList();
    private Consumer<Project> onOpened = project -> { };
    private Consumer<String> onError = message -> { };

    public StartViewModel(RecentProjects recent, ProjectOpener opener, TaskExecutor executor, DemoProjectSource demo) {
        this.recent = recent;
        this.opener = opener;
        this.executor = executor;
        this.demo = demo;
        refreshRecent();
    }

    public void setOnOpened(Consumer<Project> action) {
        this.onOpened = action;
    }

    public void setOnError(Consumer<String> action) {
        this.onError = action;
    }

    public ObservableList<RecentEntry> recentEntries() {
        return entries;
    }

    public void refreshRecent() {
        entries.setAll(recent.load().stream().map(p -> new RecentEntry(p, !Files.isRegularFile(p))).toList());
    }

    public boolean demoAvailable() {
        return demo != null;
    }

    /** Adds ".postlens" when the user typed a name without it. */
    public static Path withProjectExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase().endsWith(".postlens") ? file : file.resolveSibling(name + ".postlens");
    }

    public void createProject(Path file) {
        Path target = withProjectExtension(file);
        run("Cannot create project", () -> opener.create(target));
    }

    public void openProject(Path file) {
        run("Cannot open project", () -> opener.open(file));
    }

    public void openRecent(RecentEntry entry) {
        if (entry == null) {
            return;
        }
        if (entry.missing()) {
            onError.accept(entry.path() + " no longer exists. Remove it from the list, or move the file back.");
            return;
        }
        openProject(entry.path());
    }

    public void forget(RecentEntry entry) {
        if (entry != null) {
            recent.forget(entry.path());
            refreshRecent();
        }
    }

    public void openDemo() {
        if (demo == null) {
            onError.accept("The demo project is not part of this build.");
            return;
        }
        run("Cannot open the demo project", () -> {
            Path file = demo.ensureDemoProject();
            return opener.open(file);
        });
    }

    private interface Opening {
        Project open() throws Exception;
    }

    private void run(String title, Opening opening) {
        BackgroundTask.of((progress, cancellation) -> opening.open())
                .onSuccess(project -> {
                    recent.remember(project.file());
                    refreshRecent();
                    onOpened.accept(project);
                })
                .onFailure(error -> onError.accept(error instanceof ProjectFileException
                        ? error.getMessage()
                        : title + ": " + (error.getMessage() == null ? error.toString() : error.getMessage())))
                .start(executor);
    }
}
