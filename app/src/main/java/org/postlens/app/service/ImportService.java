package org.postlens.app.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.ImportStatus;
import org.postlens.app.ingest.FieldMapping;
import org.postlens.app.ingest.FileFormat;
import org.postlens.app.ingest.MappingDetector;
import org.postlens.app.ingest.RecordMapper;
import org.postlens.app.ingest.RecordReader;
import org.postlens.app.ingest.RecordReaders;
import org.postlens.app.ingest.archive.ExportFiles;
import org.postlens.app.ingest.platform.PlatformExports;
import org.postlens.app.ingest.platform.PlatformFormat;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.language.PostLanguageDetector;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.jobs.ProgressMeter;
import org.postlens.app.media.ContentHash;
import org.postlens.app.store.ImportBatch;
import org.postlens.app.store.Project;

/**
 * Imports post files into a project: read, map, attach images, store in batches. The file's content hash
 * identifies the import, so importing the same file again adds nothing, and an import that was cancelled
 * or killed resumes after the last batch it committed.
 */
public final class ImportService {

    /** Batches read ahead of the writer: enough to keep both cores busy, few enough to bound memory. */
    private static final int BATCHES_IN_FLIGHT = 1;

    /**
     * A file of at least this many records, and at least as many as the project holds posts, imports as a bulk load
     * (indexes built once at the end): below it, rebuilding the indexes would cost more than it saves.
     */
    static final long BULK_LOAD_RECORDS = 100_000;

    private final Project project;
    private final PostLanguageDetector languages;

    public ImportService(Project project) {
        this(project, new PostLanguageDetector());
    }

    /** @param languages detects the language of posts whose file gives none */
    public ImportService(Project project, PostLanguageDetector languages) {
        this.project = project;
        this.languages = languages;
    }

    public ImportReport importFile(Path file, ImportRequest request, ProgressListener listener, CancellationToken cancel)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        String label = file.getFileName().toString();
        FileFormat format = FileFormat.detect(file);
        FieldMapping mapping = request.mapping();
        if (mapping == null) {
            try (RecordReader reader = RecordReaders.open(file, request.options())) {
                mapping = MappingDetector.detect(reader.columns());
            }
        }
        ImportSource source = project.imports().begin(file.toAbsolutePath().toString(), label,
                ContentHash.sha256(file), format.name(), mapping.toJson());
        if (source.status() == ImportStatus.COMPLETE) {
            return new ImportReport(label, ImportReport.Outcome.ALREADY_IMPORTED, 0, 0, 0, 0, 0, List.of());
        }
        long estimatedRecords = RecordReaders.estimateRecords(file, request.options());
        ProgressMeter meter = new ProgressMeter("Importing " + label, estimatedRecords, listener);
        ImportTally tally = new ImportTally(label, source.recordsDone());
        boolean bulkLoad = estimatedRecords - source.recordsDone() >= BULK_LOAD_RECORDS
                && estimatedRecords >= project.stats().posts();
        if (bulkLoad) {
            project.imports().beginBulkLoad();
        }
        try {
            return storeFile(file, request, label, mapping, source, meter, tally, cancel);
        } finally {
            if (bulkLoad) {
                project.imports().endBulkLoad();
            }
        }
    }

    private ImportReport storeFile(Path file, ImportRequest request, String label, FieldMapping mapping,
                                   ImportSource source, ProgressMeter meter, ImportTally tally,
                                   CancellationToken cancel) throws IOException {
        try (RecordReader reader = RecordReaders.open(file, request.options())) {
            RecordMapper mapper = new RecordMapper(mapping, file.toAbsolutePath().getParent(), label);
            BlockingQueue<Optional<ImportBatch>> batches = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
            CancellationToken stopReading = new CancellationToken();
            BatchProducer producer = new BatchProducer(reader, mapper, new AttachmentLoader(label), languages,
                    new BatchBuilder(source.id(), source.recordsDone()), source.recordsDone(), batches, stopReading);
            Thread reading = new Thread(producer, "import-reader-" + label);
            reading.setDaemon(true);
            reading.start();
            try {
                if (!store(batches, tally, meter, cancel)) {
                    project.imports().finish(source.id(), ImportStatus.CANCELLED);
                    return tally.report(ImportReport.Outcome.CANCELLED);
                }
            } finally {
                stopReading.cancel();
                batches.clear();
                join(reading);
            }
            rethrow(producer.failure());
        }
        project.imports().finish(source.id(), ImportStatus.COMPLETE);
        meter.finish(tally.recordsDone());
        return tally.report(ImportReport.Outcome.COMPLETED);
    }

    /** Stores batches until the producer ends them; false when the user cancelled first. */
    private boolean store(BlockingQueue<Optional<ImportBatch>> batches, ImportTally tally, ProgressMeter meter,
                          CancellationToken cancel) throws IOException {
        try {
            while (true) {
                Optional<ImportBatch> next = batches.take();
                if (next.isEmpty()) {
                    return true;
                }
                if (cancel.isCancelled()) {
                    return false;
                }
                ImportBatch batch = next.get();
                tally.stored(batch, project.imports().write(batch));
                meter.update(tally.recordsDone());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        }
    }

    private static void join(Thread reading) {
        try {
            reading.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) failure;
    }

    /**
     * Imports whatever {@code path} is: a platform export (X archive, Telegram export, CrowdTangle or 4CAT CSV,
     * Zeeschuimer NDJSON; folder or zip) with its images and links, a folder of images, or a post file. A mapping
     * in the request means the user chose the columns, so the file is read as a plain file.
     */
    public ImportReport importPath(Path path, ImportRequest request, ProgressListener listener, CancellationToken cancel)
            throws IOException {
        Optional<PlatformFormat> export = request.mapping() == null ? recognise(path) : Optional.empty();
        if (export.isPresent()) {
            return importExport(path, export.get(), request, listener, cancel);
        }
        if (Files.isDirectory(path)) {
            return importImageFolder(path, listener, cancel);
        }
        if (ExportFiles.isZip(path)) {
            throw new IOException(path.getFileName() + " holds neither an X archive (data/tweets.js) nor a Telegram"
                    + " export (result.json)");
        }
        return importFile(path, request, listener, cancel);
    }

    /**
     * The platform export at {@code path}, if it is one; empty for a plain file or a folder of images. A zip that is
     * unsafe to read (entries escaping it, a zip bomb, a truncated archive) is refused with the reason.
     */
    public Optional<PlatformFormat> recognise(Path path) throws IOException {
        return PlatformExports.detect(path);
    }

    /** Imports a platform export that {@link #recognise} found, with its images and the links between posts. */
    public ImportReport importExport(Path path, PlatformFormat format, ImportRequest request, ProgressListener listener,
                                     CancellationToken cancel) throws IOException {
        ZoneId zone = request.mapping() == null ? ZoneOffset.UTC : request.mapping().zoneForLocalTimes();
        return new PlatformImport(project, path, format, request.options(), zone).run(listener, cancel);
    }

    /** Imports every image under {@code folder} (recursively) as an image-only post. */
    public ImportReport importImageFolder(Path folder, ProgressListener listener, CancellationToken cancel)
            throws IOException {
        return new ImageFolderImport(project, folder).run(listener, cancel);
    }
}
