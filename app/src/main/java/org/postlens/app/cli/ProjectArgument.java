package org.postlens.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.postlens.app.store.Project;
import org.postlens.app.store.ProjectFileException;

/** Opens the project named on the command line, with the messages a user needs when that fails. */
final class ProjectArgument {

    private ProjectArgument() {
    }

    /** Opens an existing project; a missing file is a user error, not a new project. */
    static Project openExisting(Path file) throws ProjectFileException {
        if (!Files.exists(file)) {
            throw new UserError("No such project: " + file
                    + " (create one with: postlens import " + file + " FILE...)");
        }
        if (Files.isDirectory(file)) {
            throw new UserError(file + " is a folder, not a project file.");
        }
        return Project.open(file);
    }
}
