package org.postlens.app.ui.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postlens.app.domain.PostRow;

class PagedPostListTest {

    /** A source of {@code total} synthetic rows that records which pages were asked for. */
    private static final class CountingSource implements PagedPostList.PageSource {
        final long total;
        final List<Long> offsets = new ArrayList<>();

        CountingSource(long total) {
            this.total = total;
        }

        @Override
        public List<PostRow> page(long offset, int limit) {
            offsets.add(offset);
            List<PostRow> rows = new ArrayList<>();
            for (long i = offset; i < Math.min(total, offset + limit); i++) {
                rows.add(row(i));
            }
            return rows;
        }
    }

    static PostRow row(long id) {
        return new PostRow(id, "s" + id, Instant.EPOCH, "a", "text " + id, 1L, 2L, 3L, 4L, "en", false);
    }

    @Test
    void indexOfLooksOnlyAtCachedPages() {
        CountingSource source = new CountingSource(1_000_000);
        PagedPostList list = new PagedPostList(source, 1_000_000, source.page(0, 10), 10);
        source.offsets.clear();
        assertThat(list.indexOf(row(3))).isEqualTo(3);
        assertThat(list.indexOf(row(999_999))).as("not cached: not searched").isEqualTo(-1);
        assertThat(list.contains(row(500_000))).isFalse();
        assertThat(source.offsets).as("no page read while looking").isEmpty();
        list.get(55);
        assertThat(list.indexOf(row(57))).isEqualTo(57);
        assertThat(list.lastIndexOf(row(57))).isEqualTo(57);
    }

    @Test
    void sizeIsTheCountAndRowsComeFromTheirPage() {
        CountingSource source = new CountingSource(1_000_000);
        PagedPostList list = new PagedPostList(source, 1_000_000, source.page(0, 200));
        source.offsets.clear();

        assertThat(list).hasSize(1_000_000);
        assertThat(list.get(0).id()).isZero();
        assertThat(list.get(199).id()).isEqualTo(199);
        assertThat(source.offsets).as("first page given at construction").isEmpty();
        assertThat(list.get(543_210).id()).isEqualTo(543_210);
        assertThat(source.offsets).containsExactly(543_200L);
    }

    @Test
    void pagesAreCachedAndOnlyAFewAreKept() {
        CountingSource source = new CountingSource(100_000);
        PagedPostList list = new PagedPostList(source, 100_000, List.of(), 100);
        for (int i = 0; i < 100; i++) {
            list.get(5_000 + i);
        }
        assertThat(list.pageReads()).isEqualTo(1);

        // Scrolling through everything never holds more than the cache's pages.
        for (int i = 0; i < list.size(); i += 37) {
            list.get(i);
            assertThat(list.rowsInMemory()).isLessThanOrEqualTo(PagedPostList.CACHED_PAGES * 100);
        }
        assertThat(list.pageReads()).as("page 50 again after its eviction, plus every page once").isEqualTo(1001);
    }

    @Test
    void leastRecentlyUsedPageIsDroppedFirst() {
        CountingSource source = new CountingSource(10_000);
        PagedPostList list = new PagedPostList(source, 10_000, List.of(), 10);
        list.get(0);
        for (int page = 1; page < PagedPostList.CACHED_PAGES; page++) {
            list.get(page * 10);
        }
        list.get(0); // page 0 is now the most recently used
        list.get(PagedPostList.CACHED_PAGES * 10); // evicts page 1, not page 0
        int reads = list.pageReads();
        list.get(5);
        assertThat(list.pageReads()).isEqualTo(reads);
        list.get(15);
        assertThat(list.pageReads()).isEqualTo(reads + 1);
    }

    @Test
    void rowsMissingSinceTheCountAreEmptyNotErrors() {
        PagedPostList list = new PagedPostList((offset, limit) -> List.of(row(0)), 5, List.of(), 10);
        assertThat(list.get(0).id()).isZero();
        assertThat(list.get(3)).isNull();
        assertThatThrownBy(() -> list.get(5)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void emptyListHasNoRows() {
        assertThat(PagedPostList.empty()).isEmpty();
    }
}
