package org.postlens.app.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.postlens.app.domain.ImageRef;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.media.DecodedImages;
import org.postlens.app.media.ImageInspector;
import org.postlens.app.media.ImportedImage;
import org.postlens.app.store.ImportBatch;

/**
 * Reads the local images a post refers to so they can be stored with it. An image that is missing or not
 * readable costs the post nothing: it is left out and reported as a warning on the post's line.
 */
final class AttachmentLoader {

    record Loaded(List<ImportBatch.Attachment> attachments, List<ImportProblem> problems, long bytes) {}

    private final String fileLabel;
    private final DecodedImages decoded = new DecodedImages();

    AttachmentLoader(String fileLabel) {
        this.fileLabel = fileLabel;
    }

    Loaded load(PostDraft draft) {
        List<ImportBatch.Attachment> attachments = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        long bytes = 0;
        for (ImageRef image : draft.images()) {
            if (image instanceof ImageRef.RemoteUrl remote) {
                attachments.add(new ImportBatch.Attachment(null, remote.url(), null));
            } else if (image instanceof ImageRef.LocalFile local) {
                try {
                    ImportedImage stored = read(local.path(), decoded);
                    attachments.add(new ImportBatch.Attachment(stored.media(), null, local.asWritten(), stored.thumbnail(),
                            stored.facts()));
                    bytes += stored.media().sizeBytes();
                } catch (ImageInspector.InvalidImageException e) {
                    problems.add(warning(draft, "image " + local.asWritten() + " skipped: " + e.getMessage()));
                } catch (NoSuchFileException e) {
                    problems.add(warning(draft, "image " + local.asWritten() + " skipped: no such file " + local.path()));
                } catch (IOException e) {
                    problems.add(warning(draft, "image " + local.asWritten() + " skipped: " + e.getMessage()));
                }
            }
        }
        return new Loaded(attachments, problems, bytes);
    }

    static ImportedImage read(Path file, DecodedImages decoded) throws IOException, ImageInspector.InvalidImageException {
        long size = Files.size(file);
        if (size > ImageInspector.MAX_FILE_BYTES) {
            throw new ImageInspector.InvalidImageException(String.format(
                    "the file is %,d bytes; images over %,d bytes are not imported", size, ImageInspector.MAX_FILE_BYTES));
        }
        byte[] bytes = Files.readAllBytes(file);
        return decoded.read(bytes);
    }

    private ImportProblem warning(PostDraft draft, String reason) {
        return ImportProblem.warning(fileLabel, draft.recordNumber(), draft.line(), reason, draft.text());
    }
}
