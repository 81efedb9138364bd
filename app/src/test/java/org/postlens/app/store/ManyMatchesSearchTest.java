package org.postlens.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;

/** A search that matches many posts is read along the sort order; the result must be the same as sorting all. */
class ManyMatchesSearchTest {

    @TempDir
    Path dir;

    @Test
    void pagesOfACommonWordAreInSortOrderWithoutGapsOrRepeats() throws Exception {
        int posts = (int) SqlitePostRepository.MANY_MATCHES * 4;
        try (Project project = Project.create(dir.resolve("many.postlens"))) {
            List<PostDraft> drafts = new ArrayList<>();
            for (int i = 1; i <= posts; i++) {
                String text = (i % 3 == 0 ? "storm warning " : "quiet day ") + i;
                // dates deliberately out of id order
                Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds((i * 7919L) % posts * 60);
                drafts.add(StoreFixtures.post("p" + i, text, "user" + (i % 50), "en", at, i));
            }
            StoreFixtures.write(project, StoreFixtures.source(project, "many.csv"), drafts, List.of());

            PostQuery storms = PostQuery.all().withSearch("storm").sortedBy(PostQuery.Sort.DATE, true);
            long matches = project.posts().count(storms);
            assertThat(matches).isEqualTo(posts / 3).isGreaterThan(SqlitePostRepository.MANY_MATCHES);

            List<PostRow> all = new ArrayList<>();
            for (long offset = 0; offset < matches; offset += 1000) {
                all.addAll(project.posts().page(storms, offset, 1000));
            }
            assertThat(all).hasSize((int) matches);
            assertThat(all).allSatisfy(row -> assertThat(row.text()).startsWith("storm"));
            assertThat(all.stream().map(PostRow::id).distinct().count()).isEqualTo(matches);
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i - 1).createdAt()).isAfterOrEqualTo(all.get(i).createdAt());
            }
            // A rare word takes the other plan and agrees with it.
            assertThat(project.posts().page(PostQuery.all().withSearch("3"), 0, 10))
                    .extracting(PostRow::sourceId).containsExactly("p3");
        }
    }
}
