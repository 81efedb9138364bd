package org.postlens.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.postlens.resources.DemoData;

/** Lays out the demo data as an import folder: {@code posts.jsonl} next to the {@code images/} it refers to. */
public final class DemoProject {

    public static final String POSTS_FILE = "posts.jsonl";

    private DemoProject() {
    }

    /** Writes the demo posts and their images into {@code workDir} (created if needed); returns the posts file. */
    public static Path materialize(Path workDir) throws IOException {
        Files.createDirectories(workDir);
        Path posts = workDir.resolve(POSTS_FILE);
        try (InputStream in = DemoData.openPosts()) {
            Files.copy(in, posts, StandardCopyOption.REPLACE_EXISTING);
        }
        DemoImages.writeAll(workDir.resolve(DemoImages.FOLDER_PREFIX));
        return posts;
    }
}
