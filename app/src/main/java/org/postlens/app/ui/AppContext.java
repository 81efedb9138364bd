package org.postlens.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.export.ExportFormat;
import org.postlens.app.export.ExportRequest;
import org.postlens.app.export.ExportService;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.ingest.MappingPresets;
import org.postlens.app.service.DemoProjectBuilder;
import org.postlens.app.service.ImportService;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.store.Project;
import org.postlens.app.embed.TextEncoders;
import org.postlens.app.ui.analysis.EncoderSession;
import org.postlens.app.ui.importer.ImportBackend;
import org.postlens.app.ui.importer.IngestImportBackend;
import org.postlens.app.ui.jobs.TaskExecutor;
import org.postlens.app.ui.main.PostExporter;
import org.postlens.app.ui.start.ProjectOpener;
import org.postlens.app.ui.start.RecentProjects;
import org.postlens.app.ui.start.StartViewModel.DemoProjectSource;

/**
 * The composition root's parts: everything the windows need, made once in {@link PostlensApp} (or a test) and
 * passed down by constructor. {@code encoders} is the session's one text encoder, opened on first use. {@code demo} and {@code exporter} may be null: their menu entries are then disabled.
 */
public record AppContext(
        AppDirectories directories,
        TaskExecutor executor,
        RecentProjects recentProjects,
        ProjectOpener opener,
        Function<Project, ImportBackend> importBackends,
        DemoProjectSource demo,
        PostExporter exporter,
        EncoderSession encoders) {

    /** The app's wiring on real services. */
    public static AppContext standard(AppDirectories directories, TaskExecutor executor) {
        return new AppContext(directories, executor, new RecentProjects(directories.recentProjectsFile()),
                ProjectOpener.sqlite(),
                project -> new IngestImportBackend(new ImportService(project), new MappingPresets(directories.presets())),
                () -> DemoProjectBuilder.ensure(directories.demoProject()),
                AppContext::export,
                new EncoderSession(device -> TextEncoders.open(directories.cache(), device)));
    }

    private static long export(Project project, PostQuery query, List<Long> selection, Path target,
                               ProgressListener progress, CancellationToken cancel) throws Exception {
        ExportFormat format = ExportFormat.forFile(target).orElseThrow(() -> new IllegalArgumentException(
                "Export to a file ending in .csv or .jsonl (not " + target.getFileName() + ")."));
        ExportRequest request = selection.isEmpty() ? ExportRequest.ofQuery(query, target, format)
                : ExportRequest.ofSelection(selection, target, format);
        return new ExportService(project).export(request, progress, cancel).posts();
    }
}
