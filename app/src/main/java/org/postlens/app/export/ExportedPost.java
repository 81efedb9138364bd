package org.postlens.app.export;

import java.util.List;
import org.postlens.app.domain.Post;

/**
 * A post on its way into an export file, with what the export worked out for it.
 *
 * @param images     for each image of the post, in order: its path relative to the output file when the
 *                   image is stored in the project (written beside the output), else its URL
 * @param sourceFile name of the file the post was imported from, {@code null} when unknown
 */
public record ExportedPost(Post post, List<String> images, String sourceFile) {

    public ExportedPost {
        images = List.copyOf(images);
    }
}
