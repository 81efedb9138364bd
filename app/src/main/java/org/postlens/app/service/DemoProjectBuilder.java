package org.postlens.app.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.postlens.app.demo.DemoProject;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.Project;
import org.postlens.app.store.ProjectFileException;

/**
 * Makes the demo project on first use: the demo posts and their generated images, imported through the same
 * path as a user's files, into a project that appears at its final place only once it is complete.
 */
public final class DemoProjectBuilder {

    private DemoProjectBuilder() {
    }

    /** Returns {@code target}, building it first when it does not exist yet. */
    public static Path ensure(Path target) throws IOException, ProjectFileException {
        if (Files.exists(target)) {
            return target;
        }
        Path folder = Files.createDirectories(target.toAbsolutePath().getParent());
        Path work = Files.createTempDirectory(folder, "demo-build-");
        try {
            Path posts = DemoProject.materialize(work.resolve("files"));
            Path building = work.resolve(target.getFileName());
            try (Project project = Project.create(building)) {
                new ImportService(project).importFile(posts, ImportRequest.auto(), ProgressListener.none(),
                        CancellationToken.none());
            }
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            deleteRecursively(work);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
