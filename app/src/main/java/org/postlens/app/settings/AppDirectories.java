package org.postlens.app.settings;

import java.nio.file.Path;

/**
 * Where Postlens keeps its own files (settings, recent projects, mapping presets, the demo project, caches):
 * {@code $POSTLENS_HOME}, else {@code $XDG_DATA_HOME/postlens}, else {@code ~/.local/share/postlens}.
 * Tests pass their own root.
 */
public record AppDirectories(Path root) {

    public static AppDirectories fromEnvironment() {
        String override = System.getProperty("postlens.home", System.getenv("POSTLENS_HOME"));
        if (override != null && !override.isBlank()) {
            return new AppDirectories(Path.of(override));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return new AppDirectories(base.resolve("postlens"));
    }

    public Path presets() {
        return root.resolve("presets");
    }

    public Path recentProjectsFile() {
        return root.resolve("recent-projects.json");
    }

    public Path demoProject() {
        return root.resolve("demo").resolve("Demo.postlens");
    }

    /** The app's own settings (model folders, device): see {@link AppSettings}. */
    public Path settingsFile() {
        return root.resolve("settings.json");
    }

    public Path cache() {
        return root.resolve("cache");
    }
}
