package org.postlens.app.store;

import java.util.List;
import org.postlens.app.domain.ImageFacts;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.Media;
import org.postlens.app.domain.Thumbnail;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.domain.PostLink;

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
     * holds it, worked out where the post is made (off the writing thread, during imports); a post from a platform
     * export also carries its links to other posts and the display name of its author.
     */
    public record NewPost(PostDraft draft, List<Attachment> attachments, String searchBody, List<PostLink> links,
                          String authorName) {
        public NewPost {
            attachments = List.copyOf(attachments);
            links = links == null ? List.of() : List.copyOf(links);
        }

        public NewPost(PostDraft draft, List<Attachment> attachments, String searchBody) {
            this(draft, attachments, searchBody, List.of(), null);
        }

        public NewPost(PostDraft draft, List<Attachment> attachments) {
            this(draft, attachments, SearchText.normalize(draft.text()));
        }

        /** A post from a platform export: with its links to other posts and its author's display name. */
        public NewPost(PostDraft draft, List<Attachment> attachments, List<PostLink> links, String authorName) {
            this(draft, attachments, SearchText.normalize(draft.text()), links, authorName);
        }
    }

    /**
     * An image stored in the project ({@code media} set, with its {@code thumbnail} where the import made one, and
     * what was read from its bytes, {@code facts}: null when not read yet, a back-fill job reads it later) or only
     * remembered by its URL.
     */
    public record Attachment(Media media, String url, String originalName, Thumbnail thumbnail, ImageFacts facts) {

        public Attachment(Media media, String url, String originalName) {
            this(media, url, originalName, null, null);
        }
    }

    /** What a batch changed. */
    public record Result(long postsAdded, long duplicates) {}
}
