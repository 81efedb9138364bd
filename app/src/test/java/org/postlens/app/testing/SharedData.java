package org.postlens.app.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared labelled data ({@code ../shared/data} beside the repository, or the folder named by the
 * system property {@code postlens.sharedData}); tests that need it skip when it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path folder() {
        String property = System.getProperty("postlens.sharedData");
        if (property != null) {
            Path given = Path.of(property);
            assumeTrue(Files.isDirectory(given), "postlens.sharedData names no folder: " + given);
            return given;
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate.resolve("tweeteval"))) {
                return candidate;
            }
        }
        assumeTrue(false, "no shared/data folder beside the repository (set -Dpostlens.sharedData=DIR to use one)");
        return null;
    }

    public static Path dataSet(String name) {
        Path folder = folder().resolve(name);
        assumeTrue(Files.isDirectory(folder), "shared data has no " + name);
        return folder;
    }
}
