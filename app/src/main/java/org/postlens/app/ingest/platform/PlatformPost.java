package org.postlens.app.ingest.platform;

import java.util.List;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.domain.PostLink;

/**
 * A post read from a platform export, before its images are read.
 *
 * @param authorName the name the author shows beside the handle, when the export gives it
 * @param warnings   parts of the record that could not be read (a date, a count, a missing image)
 */
public record PlatformPost(PostDraft draft, String authorName, List<PostLink> links, List<ExportMedia> media,
                           List<ImportProblem> warnings) {

    public PlatformPost {
        links = List.copyOf(links);
        media = List.copyOf(media);
        warnings = List.copyOf(warnings);
    }
}
