package org.postlens.app.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.postlens.app.domain.PostQuery;

/**
 * What to export and where.
 *
 * @param query   the posts to export, in the query's order (ignored when {@code postIds} is set)
 * @param postIds an explicit selection of posts (project row ids) in the order to write them, or {@code null}
 * @param out     the file to write; its images go to a folder beside it, {@code <out-name>_media}
 */
public record ExportRequest(PostQuery query, List<Long> postIds, Path out, ExportFormat format) {

    public ExportRequest {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(format, "format");
        query = query == null ? PostQuery.all() : query;
        postIds = postIds == null ? null : List.copyOf(postIds);
    }

    /** The posts a query selects (the table's current filter), in its order. */
    public static ExportRequest ofQuery(PostQuery query, Path out, ExportFormat format) {
        return new ExportRequest(query, null, out, format);
    }

    /** Exactly the given posts, in the given order. */
    public static ExportRequest ofSelection(List<Long> postIds, Path out, ExportFormat format) {
        return new ExportRequest(null, Objects.requireNonNull(postIds, "postIds"), out, format);
    }
}
