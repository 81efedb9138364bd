package org.postlens.app.store;

import java.util.List;
import org.postlens.app.domain.ImageFacts;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.Media;
import org.postlens.app.domain.PostDraft;

/**
 * What one transaction of an import writes: the posts read since the last batch, their images, the problems
 * found in those records, and how far into the file the import has got once this batch is stored.
 */
public record ImportBatch(long importSourceId, List<NewPost> posts, List<ImportProblem> problems, long recordsDone) {

    public ImportBatch {
        posts = List.copyOf(posts);
        problems = List.copyOf(problems);
    }

    /**
     * A post to store, with the images read for it (in the post's order) and its text as the search index
     * holds it, worked out where the post is made (off the writing thread, during imports).
     */
    public record NewPost(PostDraft draft, List<Attachment> attachments, String searchBody) {
        public NewPost {
            attachments = List.copyOf(attachments);
        }

        public NewPost(PostDraft draft, List<Attachment> attachments) {
            this(draft, attachments, SearchText.normalize(draft.text()));
        }
    }

    /**
     * An image stored in the project ({@code media} set) or only remembered by its URL, with what was read from a
     * stored image's bytes ({@code facts}; null when not read yet: a back-fill job reads it later).
     */
    public record Attachment(Media media, String url, String originalName, ImageFacts facts) {

        public Attachment(Media media, String url, String originalName) {
            this(media, url, originalName, null);
        }
    }

    /** What a batch changed. */
    public record Result(long postsAdded, long duplicates) {}
}
