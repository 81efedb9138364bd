package org.postlens.app.store;

import java.time.Instant;
import java.util.List;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.PostDraft;

/** Writes posts straight through the store's batch path, for tests that are about reading them back. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    static PostDraft post(String id, String text, String author, String lang, Instant createdAt, long record) {
        return new PostDraft("", id, text, createdAt, author, null, record * 10, record, 0L, null, lang, List.of(),
                "{\"id\":\"" + id + "\"}", record, record + 1);
    }

    static ImportSource source(Project project, String name) {
        return project.imports().begin("/tmp/" + name, name, "sha-" + name, "CSV", null);
    }

    static ImportBatch.Result write(Project project, ImportSource source, List<PostDraft> drafts,
                                    List<ImportProblem> problems) {
        long last = drafts.stream().mapToLong(PostDraft::recordNumber).max().orElse(0);
        return project.imports().write(new ImportBatch(source.id(),
                drafts.stream().map(d -> new ImportBatch.NewPost(d, List.of())).toList(), problems, last));
    }
}
