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
import org.postlens.app.settings.AppSettings;
import org.postlens.app.store.Project;
import org.postlens.app.embed.TextEncoders;
import org.postlens.app.ui.analysis.EncoderSession;
import org.postlens.app.ui.importer.ImportBackend;
import org.postlens.app.ui.importer.IngestImportBackend;
import org.postlens.app.ui.jobs.TaskExecutor;
import org.postlens.app.ui.main.PostExporter;
import org.postlens.app.ui.models.ModelsViewModel;
import org.postlens.app.ui.start.ProjectOpener;
import org.postlens.app.ui.start.RecentProjects;
import org.postlens.app.ui.start.StartViewModel.DemoProjectSource;

/**
 * The composition root's parts: everything the windows need, made once in {@link PostlensApp} (or a test) and
 * passed down by constructor. {@code encoders} is the session's one text encoder, opened on first use, on the device kept in {@code settings}. {@code models} finds the model packs for
 * Analyse ▸ Models. {@code demo} and {@code exporter} may be null: their menu entries are then disabled.
 */
public record AppContext(
        AppDirectories directories,
        TaskExecutor executor,
        RecentProjects recentProjects,
        ProjectOpener opener,
        Function<Project, ImportBackend> importBackends,
        DemoProjectSource demo,
        PostExporter exporter,
        EncoderSession encoders,
        AppSettings settings,
        ModelsViewModel.Scanner models) {

    /**
     * The app's wiring on real services. The settings file gives the device chosen last time (Analyse ▸ Device),
     * and each new choice is written back to it.
     */
    public static AppContext standard(AppDirectories directories, TaskExecutor executor) {
        AppSettings settings = AppSettings.load(directories.settingsFile());
        EncoderSession encoders = new EncoderSession(device -> TextEncoders.open(directories.cache(), device));
        encoders.deviceProperty().set(settings.device());
        encoders.deviceProperty().addListener((obs, old, device) -> {
            try {
                settings.setDevice(device);
            } catch (java.io.IOException e) {
                // The choice still holds for this session; only remembering it failed.
                System.err.println("postlens: the device choice could not be saved in " + settings.file() + ": " + e.getMessage());
            }
        });
        return new AppContext(directories, executor, new RecentProjects(directories.recentProjectsFile()),
                ProjectOpener.sqlite(),
                project -> new IngestImportBackend(new ImportService(project), new MappingPresets(directories.presets())),
                () -> DemoProjectBuilder.ensure(directories.demoProject()),
                AppContext::export,
                encoders,
                settings,
                ModelsViewModel.standardScanner(directories));
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
