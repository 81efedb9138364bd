package org.postlens.app.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.MediaRef;
import org.postlens.app.domain.Post;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.jobs.ProgressMeter;
import org.postlens.app.store.Project;
import org.postlens.app.store.ProjectFileException;

/**
 * Exports posts to CSV or JSON Lines, streaming them from the project one at a time. Output and images are
 * written to hidden staging files beside the target and moved into place only when everything is written,
 * so a cancel or a crash never leaves a half-written export under the user's file name.
 */
public final class ExportService {

    private final Project project;
    private final List<ExportColumns> columns;

    /** Posts are handed to the column groups this many at a time, so that they read their data a page at a time. */
    static final int PAGE_SIZE = 512;

    /**
     * The post's own fields, then its latest prediction per task when the project has any, then people's labels per
     * schema when there are any.
     */
    public ExportService(Project project) {
        this(project, List.of(new PostColumns(), new PredictionColumns(project.predictions()),
                new LabelColumns(project.annotations(), project.labelSchemas().labelled())));
    }

    /** With extra column groups after the post's own fields (e.g. predictions). */
    public ExportService(Project project, List<ExportColumns> columns) {
        this.project = project;
        this.columns = List.copyOf(columns);
    }

    /**
     * Writes the export. It reads through its own connection to the project file, so the project's other readers
     * (the posts table) stay responsive while a long export runs.
     */
    public ExportResult export(ExportRequest request, ProgressListener listener, CancellationToken cancel)
            throws IOException {
        try (Project reader = Project.open(project.file())) {
            return export(reader, request, listener, cancel);
        } catch (ProjectFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private ExportResult export(Project project, ExportRequest request, ProgressListener listener,
                                CancellationToken cancel) throws IOException {
        Path out = request.out().toAbsolutePath().normalize();
        Path folder = out.getParent();
        Files.createDirectories(folder);
        String name = out.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Path stagingFile = folder.resolve("." + name + "." + tag + ".part");
        Path mediaTarget = folder.resolve(stem + "_media");
        Path mediaStaging = folder.resolve("." + stem + "_media." + tag + ".part");

        Map<Long, String> sourceFiles = new HashMap<>();
        for (ImportSource source : project.imports().sources()) {
            sourceFiles.put(source.id(), source.fileName());
        }
        long total = request.postIds() != null ? request.postIds().size() : project.posts().count(request.query());
        ProgressMeter meter = new ProgressMeter("Exporting " + name, total, listener);
        long[] done = {0};

        try (MediaFolder media = new MediaFolder(mediaTarget, mediaStaging, project.media()::find)) {
            try {
                try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(stagingFile), 1 << 16);
                     PostWriter writer = request.format() == ExportFormat.CSV
                             ? new CsvPostWriter(stream, columns) : new JsonlPostWriter(stream, columns)) {
                    List<ExportedPost> page = new ArrayList<>(PAGE_SIZE);
                    IoAction writePage = () -> {
                        for (ExportColumns group : columns) {
                            group.startPage(page);
                        }
                        for (ExportedPost exported : page) {
                            writer.write(exported);
                            meter.update(++done[0]);
                        }
                        page.clear();
                    };
                    ExportStep step = post -> {
                        cancel.throwIfCancelled();
                        page.add(new ExportedPost(post, images(post, media), sourceFiles.get(post.importSourceId())));
                        if (page.size() == PAGE_SIZE) {
                            writePage.run();
                        }
                    };
                    if (request.postIds() != null) {
                        for (long id : request.postIds()) {
                            Optional<Post> post = project.posts().find(id);
                            if (post.isPresent()) {
                                step.accept(post.get());
                            }
                        }
                    } else {
                        project.posts().forEach(request.query(), post -> {
                            try {
                                step.accept(post);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                    }
                    writePage.run();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                cancel.throwIfCancelled();
                Path mediaFolder = media.publish();
                moveIntoPlace(stagingFile, out);
                meter.finish(done[0]);
                return new ExportResult(out, done[0], mediaFolder, media.imagesWritten());
            } finally {
                Files.deleteIfExists(stagingFile);
            }
        }
    }

    @FunctionalInterface
    private interface ExportStep {
        void accept(Post post) throws IOException;
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    private static List<String> images(Post post, MediaFolder media) throws IOException {
        List<String> images = new ArrayList<>(post.media().size());
        for (MediaRef ref : post.media()) {
            Optional<String> stored = ref.sha256() == null ? Optional.empty() : media.relativePath(ref.sha256(), ref.mime());
            if (stored.isPresent()) {
                images.add(stored.get());
            } else if (ref.url() != null) {
                images.add(ref.url());
            }
        }
        return images;
    }

    private static void moveIntoPlace(Path staged, Path out) throws IOException {
        try {
            Files.move(staged, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
