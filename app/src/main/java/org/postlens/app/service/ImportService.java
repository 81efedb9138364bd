package org.postlens.app.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.ImportStatus;
import org.postlens.app.ingest.FieldMapping;
import org.postlens.app.ingest.FileFormat;
import org.postlens.app.ingest.MappedRecord;
import org.postlens.app.ingest.MappingDetector;
import org.postlens.app.ingest.ReadItem;
import org.postlens.app.ingest.RecordMapper;
import org.postlens.app.ingest.RecordReader;
import org.postlens.app.ingest.RecordReaders;
import org.postlens.app.jobs.CancellationToken;
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

    private final Project project;

    public ImportService(Project project) {
        this.project = project;
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
        RecordMapper mapper = new RecordMapper(mapping, file.toAbsolutePath().getParent(), label);
        AttachmentLoader attachments = new AttachmentLoader(label);
        ImportTally tally = new ImportTally(label);
        BatchBuilder batch = new BatchBuilder(source.id(), source.recordsDone());
        try (RecordReader reader = RecordReaders.open(file, request.options())) {
            while (reader.hasNext()) {
                ReadItem item = reader.next();
                if (item.recordNumber() <= source.recordsDone() && item.recordNumber() > 0) {
                    continue; // committed by an earlier, interrupted run of this import
                }
                if (cancel.isCancelled()) {
                    return cancelled(source, batch, tally);
                }
                read(item, mapper, attachments, batch, tally);
                if (batch.isFull()) {
                    tally.stored(project.imports().write(batch.take()));
                    meter.update(tally.records() + source.recordsDone());
                }
            }
        }
        if (!batch.isEmpty()) {
            tally.stored(project.imports().write(batch.take()));
        }
        project.imports().finish(source.id(), ImportStatus.COMPLETE);
        meter.finish(tally.records() + source.recordsDone());
        return tally.report(ImportReport.Outcome.COMPLETED);
    }

    static void read(ReadItem item, RecordMapper mapper, AttachmentLoader attachments, BatchBuilder batch,
                             ImportTally tally) {
        if (item instanceof ReadItem.Bad bad) {
            batch.addProblems(List.of(bad.problem()));
            tally.problems(List.of(bad.problem()));
        } else if (item instanceof ReadItem.Ok ok) {
            MappedRecord mapped = mapper.map(ok.record());
            batch.addProblems(mapped.problems());
            tally.problems(mapped.problems());
            if (mapped.draft() != null) {
                AttachmentLoader.Loaded loaded = attachments.load(mapped.draft());
                batch.addProblems(loaded.problems());
                tally.problems(loaded.problems());
                batch.addPost(new ImportBatch.NewPost(mapped.draft(), loaded.attachments()), loaded.bytes());
            }
        }
        batch.recordDone(item.recordNumber());
        tally.recordRead();
    }

    /** Imports every image under {@code folder} (recursively) as an image-only post. */
    public ImportReport importImageFolder(Path folder, ProgressListener listener, CancellationToken cancel)
            throws IOException {
        return new ImageFolderImport(project, folder).run(listener, cancel);
    }

    /** Keeps what was read before the cancel (a consistent batch) so that importing again resumes after it. */
    private ImportReport cancelled(ImportSource source, BatchBuilder batch, ImportTally tally) {
        if (!batch.isEmpty()) {
            tally.stored(project.imports().write(batch.take()));
        }
        project.imports().finish(source.id(), ImportStatus.CANCELLED);
        return tally.report(ImportReport.Outcome.CANCELLED);
    }

    /** Counts what one run of an import did, and keeps the first problems for the report. */
    static final class ImportTally {
        private final String label;
        private final List<ImportProblem> listed = new java.util.ArrayList<>();
        private long records;
        private long added;
        private long duplicates;
        private long rejected;
        private long warnings;

        ImportTally(String label) {
            this.label = label;
        }

        void recordRead() {
            records++;
        }

        long records() {
            return records;
        }

        void problems(List<ImportProblem> problems) {
            for (ImportProblem problem : problems) {
                if (problem.severity() == ImportProblem.Severity.REJECTED) {
                    rejected++;
                } else {
                    warnings++;
                }
                if (listed.size() < ImportReport.MAX_LISTED_PROBLEMS) {
                    listed.add(problem);
                }
            }
        }

        void stored(ImportBatch.Result result) {
            added += result.postsAdded();
            duplicates += result.duplicates();
        }

        ImportReport report(ImportReport.Outcome outcome) {
            return new ImportReport(label, outcome, records, added, duplicates, rejected, warnings, listed);
        }
    }
}
