package org.postlens.app.annotate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;

/**
 * A queue that reads its posts a page at a time from a source that knows where it stopped (a keyset, an offset, a
 * position in a shuffle) and keeps, of each page, the posts the annotator has not labelled.
 */
final class PagedQueue implements LabellingQueue {

    static final int PAGE = 64;

    /** The next page of candidate posts; an empty page means the source is exhausted. */
    @FunctionalInterface
    interface Source {
        List<Long> nextPage(int limit);
    }

    /** Keeps the candidates still to offer (e.g. those the annotator has not labelled), in their order. */
    @FunctionalInterface
    interface Filter {
        List<Long> keep(List<Long> candidates);
    }

    private final QueueKind kind;
    private final Source source;
    private final Filter filter;
    private final Deque<Long> buffer = new ArrayDeque<>();
    private boolean exhausted;

    PagedQueue(QueueKind kind, Source source, Filter filter) {
        this.kind = kind;
        this.source = source;
        this.filter = filter;
    }

    @Override
    public QueueKind kind() {
        return kind;
    }

    @Override
    public OptionalLong next() {
        while (buffer.isEmpty() && !exhausted) {
            List<Long> page = source.nextPage(PAGE);
            if (page.isEmpty()) {
                exhausted = true;
            } else {
                buffer.addAll(filter.keep(page));
            }
        }
        Long next = buffer.poll();
        return next == null ? OptionalLong.empty() : OptionalLong.of(next);
    }
}
