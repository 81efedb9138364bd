package org.postlens.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --models DIR}: the user's model pack folders, for the commands that use packs. */
final class ModelsOptions {

    @Option(names = "--models", paramLabel = "DIR",
            description = {"A folder of model packs, or one pack folder; repeat for several.",
                    "A pack here replaces a shipped pack of the same id."})
    List<Path> folders = new ArrayList<>();

    List<Path> folders() {
        return List.copyOf(folders);
    }
}
