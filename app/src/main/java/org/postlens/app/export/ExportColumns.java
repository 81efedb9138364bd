package org.postlens.app.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * A group of fields an export writes for each post. The post's own fields are one group; later groups
 * (per-task predictions: {@code pred.<task>}/{@code score.<task>} CSV columns, a {@code "predictions"}
 * object in JSONL) plug in beside it without touching the writers.
 */
public interface ExportColumns {

    /**
     * Called with each page of posts before they are written, in order, so that a group can read what it needs for
     * the whole page in one go; the default reads nothing ahead.
     */
    default void startPage(List<ExportedPost> page) {
    }

    /** CSV column names, in order. */
    List<String> csvHeaders();

    /** CSV values of one post, aligned with {@link #csvHeaders()}; {@code null} writes an empty cell. */
    List<String> csvValues(ExportedPost post);

    /** Writes this group's fields into the JSON object of one post (the object is already open). */
    void writeJson(ExportedPost post, JsonGenerator json) throws IOException;
}
