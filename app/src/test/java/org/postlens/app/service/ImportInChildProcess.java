package org.postlens.app.service;

import java.nio.file.Path;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.Project;

/** Runs an import in its own JVM so that a test can kill it mid-way. Args: PROJECT FILE. */
public final class ImportInChildProcess {

    private ImportInChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (Project project = Project.openOrCreate(Path.of(args[0]))) {
            new ImportService(project).importFile(Path.of(args[1]), ImportRequest.auto(), ProgressListener.none(),
                    CancellationToken.none());
        }
    }
}
