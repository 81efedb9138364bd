package org.postlens.app.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
        ProgressMeter meter = new ProgressMeter("Importing " + label,
                RecordReaders.estimateRecords(file, request.options()), listener);
        ImportTally tally = new ImportTally(label, source.recordsDone());
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

    /** Imports every image under {@code folder} (recursively) as an image-only post. */
    public ImportReport importImageFolder(Path folder, ProgressListener listener, CancellationToken cancel)
            throws IOException {
        return new ImageFolderImport(project, folder).run(listener, cancel);
    }
}
