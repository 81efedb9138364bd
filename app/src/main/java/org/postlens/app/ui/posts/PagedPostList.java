package org.postlens.app.ui.posts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableListBase;
import org.postlens.app.domain.PostRow;

/**
 * The rows of one query as a read-only list for a virtualized TableView: {@link #size()} is the query's count
 * and {@link #get(int)} reads the page holding that row, keeping the last few pages in an LRU cache. Only
 * the rows on screen (and their neighbours) are ever in memory.
 *
 * <p>Pages are read synchronously on the UI thread: a page is one indexed {@code LIMIT/OFFSET} query on the
 * read connection of a WAL database that an import does not block, a few milliseconds for 200 rows. The
 * costly parts of a query (the count, the FTS match, the first page) are run in the background by
 * {@link PostsViewModel} before a list is made. A new query makes a new list, so the list itself never changes.
 */
public final class PagedPostList extends ObservableListBase<PostRow> {

    /** Reads rows {@code offset .. offset+limit} of the query. */
    @FunctionalInterface
    public interface PageSource {
        List<PostRow> page(long offset, int limit);
    }

    public static final int PAGE_SIZE = 200;
    static final int CACHED_PAGES = 8;

    private final PageSource source;
    private final int size;
    private final int pageSize;
    private int pageReads;
    private final Map<Integer, List<PostRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<PostRow>> eldest) {
            return size() > CACHED_PAGES;
        }
    };

    public PagedPostList(PageSource source, long count, List<PostRow> firstPage) {
        this(source, count, firstPage, PAGE_SIZE);
    }

    PagedPostList(PageSource source, long count, List<PostRow> firstPage, int pageSize) {
        this.source = source;
        this.size = (int) Math.min(Integer.MAX_VALUE, count);
        this.pageSize = pageSize;
        if (firstPage != null && !firstPage.isEmpty()) {
            pages.put(0, List.copyOf(firstPage));
        }
    }

    public static PagedPostList empty() {
        return new PagedPostList((offset, limit) -> List.of(), 0, List.of());
    }

    @Override
    public PostRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int pageNumber = index / pageSize;
        List<PostRow> page = pages.get(pageNumber);
        if (page == null) {
            page = List.copyOf(source.page((long) pageNumber * pageSize, pageSize));
            pageReads++;
            pages.put(pageNumber, page);
        }
        int inPage = index - pageNumber * pageSize;
        // Rows deleted since the count was taken: show an empty row rather than failing the table.
        return inPage < page.size() ? page.get(inPage) : null;
    }

    /**
     * Looks among the cached rows only, never reading a page. The table calls this when its items are replaced,
     * to keep the selected row: the inherited version read every page of the result, on the FX thread, and
     * froze the window for minutes after a search matching a hundred thousand posts.
     */
    @Override
    public int indexOf(Object row) {
        int found = -1;
        for (Map.Entry<Integer, List<PostRow>> entry : pages.entrySet()) {
            int inPage = entry.getValue().indexOf(row);
            if (inPage >= 0) {
                int index = entry.getKey() * pageSize + inPage;
                found = found < 0 ? index : Math.min(found, index);
            }
        }
        return found;
    }

    /** Among the cached rows only, like {@link #indexOf}. */
    @Override
    public int lastIndexOf(Object row) {
        int found = -1;
        for (Map.Entry<Integer, List<PostRow>> entry : pages.entrySet()) {
            int inPage = entry.getValue().lastIndexOf(row);
            if (inPage >= 0) {
                found = Math.max(found, entry.getKey() * pageSize + inPage);
            }
        }
        return found;
    }

    /** Among the cached rows only, like {@link #indexOf}. */
    @Override
    public boolean contains(Object row) {
        return indexOf(row) >= 0;
    }

    /** Position of the post with this id among the cached rows, or -1; for keeping a selection. */
    public int indexOfCached(long postId) {
        for (Map.Entry<Integer, List<PostRow>> entry : pages.entrySet()) {
            List<PostRow> rows = entry.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == postId) {
                    return entry.getKey() * pageSize + i;
                }
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    /** How many pages have been read from the source (the first page given at construction not counted). */
    public int pageReads() {
        return pageReads;
    }

    /** How many rows are held in memory now. */
    public int rowsInMemory() {
        return pages.values().stream().mapToInt(List::size).sum();
    }
}
