package org.postlens.app.ingest;

import java.util.List;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.domain.PostDraft;

/**
 * The result of mapping one record.
 *
 * @param draft    the post, or {@code null} when the record was rejected
 * @param problems the rejection, or warnings about fields that could not be read
 */
public record MappedRecord(PostDraft draft, List<ImportProblem> problems) {

    public MappedRecord {
        problems = List.copyOf(problems);
    }

    public boolean rejected() {
        return draft == null;
    }
}
