package org.postlens.app.language;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared data folder ({@code shared/data} beside the repository), or null when absent. */
final class SharedData {

    private SharedData() {
    }

    static Path folder() {
        String configured = System.getProperty("postlens.shared.data");
        if (configured != null) {
            return Files.isDirectory(Path.of(configured)) ? Path.of(configured) : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path data = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(data)) {
                return data;
            }
        }
        return null;
    }
}
