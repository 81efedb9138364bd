package org.postlens.app.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.ImportStatus;
import org.postlens.app.domain.Media;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.jobs.ProgressMeter;
import org.postlens.app.media.DecodedImages;
import org.postlens.app.media.ImageInspector;
import org.postlens.app.media.ImportedImage;
import org.postlens.app.store.ImportBatch;
import org.postlens.app.store.Project;

/**
 * A folder of images imported as image-only posts, one per distinct image (the same picture twice is one
 * post). The folder's listing (names, sizes, times) identifies the import so that it resumes like a file.
 */
final class ImageFolderImport {

    static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "bmp", "webp", "tif", "tiff");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Project project;
    private final Path folder;
    private final DecodedImages decoded = new DecodedImages();

    ImageFolderImport(Project project, Path folder) {
        this.project = project;
        this.folder = folder.toAbsolutePath();
    }

    ImportReport run(ProgressListener listener, CancellationToken cancel) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "no such folder");
        }
        List<Path> images = listImages();
        String label = folder.getFileName() + "/";
        ImportSource source = project.imports().begin(folder.toString(), label, listingHash(images), "IMAGE_FOLDER", null);
        if (source.status() == ImportStatus.COMPLETE) {
            return new ImportReport(label, ImportReport.Outcome.ALREADY_IMPORTED, 0, 0, 0, 0, 0, List.of());
        }
        ProgressMeter meter = new ProgressMeter("Importing images from " + label, images.size(), listener);
        ImportTally tally = new ImportTally(label, source.recordsDone());
        BatchBuilder batch = new BatchBuilder(source.id(), source.recordsDone());
        for (int i = (int) source.recordsDone(); i < images.size(); i++) {
            if (cancel.isCancelled()) {
                store(batch, tally);
                project.imports().finish(source.id(), ImportStatus.CANCELLED);
                return tally.report(ImportReport.Outcome.CANCELLED);
            }
            addImage(images.get(i), i + 1, label, batch);
            batch.recordDone(i + 1);
            if (batch.isFull()) {
                store(batch, tally);
                meter.update(i + 1);
            }
        }
        store(batch, tally);
        project.imports().finish(source.id(), ImportStatus.COMPLETE);
        meter.finish(images.size());
        return tally.report(ImportReport.Outcome.COMPLETED);
    }

    private void store(BatchBuilder batch, ImportTally tally) {
        if (!batch.isEmpty()) {
            ImportBatch taken = batch.take();
            tally.stored(taken, project.imports().write(taken));
        }
    }

    private void addImage(Path file, long recordNumber, String label, BatchBuilder batch) throws IOException {
        String relative = folder.relativize(file).toString();
        try {
            ImportedImage image = AttachmentLoader.read(file, decoded);
            Media media = image.media();
            ObjectNode raw = JSON.createObjectNode();
            raw.put("file", relative);
            raw.put("size_bytes", media.sizeBytes());
            raw.put("modified", Files.getLastModifiedTime(file).toInstant().toString());
            raw.put("width", media.width());
            raw.put("height", media.height());
            PostDraft draft = new PostDraft("", "sha256:" + media.sha256(), null, null, null, null, null, null, null,
                    null, null, List.of(), JSON.writeValueAsString(raw), recordNumber, 0);
            ImportBatch.Attachment attachment = new ImportBatch.Attachment(media, null, relative, image.thumbnail(), image.facts());
            batch.addPost(new ImportBatch.NewPost(draft, List.of(attachment)), media.sizeBytes());
        } catch (ImageInspector.InvalidImageException e) {
            ImportProblem problem = ImportProblem.rejected(label, recordNumber, 0, relative + ": " + e.getMessage(), relative);
            batch.addProblems(List.of(problem));
        }
    }

    private List<Path> listImages() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> IMAGE_EXTENSIONS.contains(extension(file)))
                    .sorted()
                    .toList();
        }
    }

    private String listingHash(List<Path> images) throws IOException {
        MessageDigest digest = sha256();
        for (Path image : images) {
            String entry = folder.relativize(image) + "\u0000" + Files.size(image) + "\u0000"
                    + Files.getLastModifiedTime(image).toMillis() + "\n";
            digest.update(entry.getBytes(StandardCharsets.UTF_8));
        }
        return "folder:" + HexFormat.of().formatHex(digest.digest());
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
