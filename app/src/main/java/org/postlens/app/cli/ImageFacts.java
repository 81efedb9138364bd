package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.postlens.app.domain.Post;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.media.ImageFactsBackfill;
import org.postlens.app.store.Project;

/** What the image commands share: reading the images not read yet, and posts as JSON. */
final class ImageFacts {

    private ImageFacts() {
    }

    /** Reads metadata and fingerprints of images that lack them (older projects), with progress on a terminal. */
    static ImageFactsBackfill.Report readMissing(Project project, PrintWriter err, CancellationToken cancel) {
        ImageFactsBackfill backfill = new ImageFactsBackfill(project);
        if (backfill.countMissing() == 0) {
            return new ImageFactsBackfill.Report(0, 0, false);
        }
        TerminalProgress progress = TerminalProgress.onTerminal(err, "images");
        try {
            return backfill.run(progress, cancel);
        } finally {
            progress.done();
        }
    }

    static ArrayNode posts(ObjectMapper mapper, List<Post> posts) {
        ArrayNode array = mapper.createArrayNode();
        for (Post post : posts) {
            ObjectNode node = array.addObject();
            node.put("id", post.sourceId());
            node.put("created_at", post.createdAt() == null ? null : post.createdAt().toString());
            node.put("author", post.author());
        }
        return array;
    }
}
