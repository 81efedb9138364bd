package org.postlens.app.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.ImportStatus;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.ingest.ReaderOptions;
import org.postlens.app.ingest.archive.ExportFiles;
import org.postlens.app.ingest.archive.UnsafeArchiveException;
import org.postlens.app.ingest.platform.ExportMedia;
import org.postlens.app.ingest.platform.PlatformExports;
import org.postlens.app.ingest.platform.PlatformFormat;
import org.postlens.app.ingest.platform.PlatformItem;
import org.postlens.app.ingest.platform.PlatformPost;
import org.postlens.app.ingest.platform.PlatformReader;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.jobs.ProgressMeter;
import org.postlens.app.media.DecodedImages;
import org.postlens.app.media.ImageInspector;
import org.postlens.app.media.ImportedImage;
import org.postlens.app.store.ImportBatch;
import org.postlens.app.store.Project;

/**
 * A platform export imported with its images and links: read, store in batches, resume after the last batch a
 * cancelled or killed run committed. The export's post files (by content) identify the import, so importing the
 * same archive again, as a zip or unpacked, adds nothing. Images are read from the export in place; nothing is
 * written outside the project.
 */
final class PlatformImport {

    private final Project project;
    private final Path path;
    private final PlatformFormat format;
    private final ReaderOptions options;
    private final ZoneId zoneForLocalTimes;
    private final DecodedImages decoded = new DecodedImages();

    PlatformImport(Project project, Path path, PlatformFormat format, ReaderOptions options, ZoneId zoneForLocalTimes) {
        this.project = project;
        this.path = path.toAbsolutePath();
        this.format = format;
        this.options = options;
        this.zoneForLocalTimes = zoneForLocalTimes;
    }

    ImportReport run(ProgressListener listener, CancellationToken cancel) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such file or folder");
        }
        String label = path.getFileName() + (Files.isDirectory(path) ? "/" : "");
        try (PlatformReader reader = PlatformExports.open(path, format, options, zoneForLocalTimes)) {
            ImportSource source = project.imports().begin(path.toString(), label, identity(reader), format.name(), null);
            if (source.status() == ImportStatus.COMPLETE) {
                return new ImportReport(label, ImportReport.Outcome.ALREADY_IMPORTED, 0, 0, 0, 0, 0, List.of());
            }
            ProgressMeter meter = new ProgressMeter("Importing " + format.label() + " " + label,
                    reader.estimatedRecords(), listener);
            ImportTally tally = new ImportTally(label, source.recordsDone());
            BatchBuilder batch = new BatchBuilder(source.id(), source.recordsDone());
            try {
                while (reader.hasNext()) {
                    if (cancel.isCancelled()) {
                        store(batch, tally);
                        project.imports().finish(source.id(), ImportStatus.CANCELLED);
                        return tally.report(ImportReport.Outcome.CANCELLED);
                    }
                    PlatformItem item = reader.next();
                    if (item.recordNumber() <= source.recordsDone()) {
                        continue; // committed by an earlier, interrupted run of this import
                    }
                    add(item, reader.files(), batch);
                    if (batch.isFull()) {
                        store(batch, tally);
                        meter.update(tally.recordsDone());
                    }
                }
            } catch (UncheckedIOException e) {
                store(batch, tally);
                project.imports().finish(source.id(), ImportStatus.CANCELLED);
                throw e.getCause();
            }
            store(batch, tally);
            project.imports().finish(source.id(), ImportStatus.COMPLETE);
            meter.finish(tally.recordsDone());
            return tally.report(ImportReport.Outcome.COMPLETED);
        }
    }

    private void add(PlatformItem item, ExportFiles files, BatchBuilder batch) {
        if (item instanceof PlatformItem.Bad bad) {
            batch.addProblems(List.of(bad.problem()));
        } else if (item instanceof PlatformItem.Post post) {
            PlatformPost read = post.post();
            batch.addProblems(read.warnings());
            List<ImportBatch.Attachment> attachments = new ArrayList<>();
            List<ImportProblem> problems = new ArrayList<>();
            long bytes = 0;
            for (ExportMedia media : read.media()) {
                ImportBatch.Attachment attachment = attach(media, files, read.draft(), problems);
                if (attachment != null) {
                    attachments.add(attachment);
                    bytes += attachment.media() == null ? 0 : attachment.media().sizeBytes();
                }
            }
            batch.addProblems(problems);
            batch.addPost(new ImportBatch.NewPost(read.draft(), attachments, read.links(), read.authorName()), bytes);
        }
        batch.recordDone(item.recordNumber());
    }

    /** The image read from the export; its URL alone when the export has no readable file for it. */
    private ImportBatch.Attachment attach(ExportMedia media, ExportFiles files, PostDraft draft,
                                          List<ImportProblem> problems) {
        if (media.file() == null) {
            return media.url() == null ? null : new ImportBatch.Attachment(null, media.url(), null);
        }
        String reason;
        try {
            if (!files.exists(media.file())) {
                reason = "not in the export";
            } else {
                ImportedImage image = read(files, media.file(), decoded);
                return new ImportBatch.Attachment(image.media(), media.url(), media.asWritten(), image.thumbnail(), image.facts());
            }
        } catch (UnsafeArchiveException e) {
            reason = e.getMessage();
        } catch (ImageInspector.InvalidImageException e) {
            reason = e.getMessage();
        } catch (IOException e) {
            reason = String.valueOf(e.getMessage());
        }
        problems.add(ImportProblem.warning(path.getFileName().toString(), draft.recordNumber(), draft.line(),
                "image " + media.asWritten() + " skipped: " + reason, draft.text()));
        return media.url() == null ? null : new ImportBatch.Attachment(null, media.url(), null);
    }

    private static ImportedImage read(ExportFiles files, String name, DecodedImages decoded) throws IOException, ImageInspector.InvalidImageException {
        long size = files.size(name);
        if (size > ImageInspector.MAX_FILE_BYTES) {
            throw new ImageInspector.InvalidImageException(String.format(
                    "the file is %,d bytes; images over %,d bytes are not imported", size, ImageInspector.MAX_FILE_BYTES));
        }
        byte[] bytes;
        try (InputStream in = files.open(name)) {
            bytes = in.readNBytes((int) ImageInspector.MAX_FILE_BYTES + 1);
        }
        return decoded.read(bytes);
    }

    private void store(BatchBuilder batch, ImportTally tally) {
        if (!batch.isEmpty()) {
            ImportBatch taken = batch.take();
            tally.stored(taken, project.imports().write(taken));
        }
    }

    /** The post files' contents: the same export as a zip or unpacked is the same import. */
    private static String identity(PlatformReader reader) throws IOException {
        MessageDigest digest = sha256();
        for (String name : reader.postFiles()) {
            digest.update(name.substring(name.lastIndexOf('/') + 1).getBytes(StandardCharsets.UTF_8));
            try (InputStream in = reader.files().open(name)) {
                byte[] buffer = new byte[64 * 1024];
                int count;
                while ((count = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, count);
                }
            }
        }
        return "export:" + HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
