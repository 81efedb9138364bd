package org.postlens.app.ui.start;

import java.nio.file.Path;
import org.postlens.app.store.Project;
import org.postlens.app.store.ProjectFileException;

/** Opens or creates project files; the app uses {@link Project}'s methods, tests may count calls. */
public interface ProjectOpener {

    Project open(Path file) throws ProjectFileException;

    Project create(Path file) throws ProjectFileException;

    static ProjectOpener sqlite() {
        return new ProjectOpener() {
            @Override
            public Project open(Path file) throws ProjectFileException {
                return Project.open(file);
            }

            @Override
            public Project create(Path file) throws ProjectFileException {
                return Project.create(file);
            }
        };
    }
}
