package org.postlens.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.LanguageCount;
import org.postlens.app.domain.LanguageSource;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;

/**
 * A common language is read along the sort order, a rare one (and "unknown") through the language index; both
 * plans must give the same rows as sorting everything.
 */
class LanguageFilterTest {

    @TempDir
    Path dir;

    @Test
    void commonAndRareLanguagesAndUnknownPageInSortOrder() throws Exception {
        int posts = (int) SqlitePostRepository.MANY_MATCHES * 2 + 300;
        try (Project project = Project.create(dir.resolve("langs.postlens"))) {
            List<PostDraft> drafts = new ArrayList<>();
            for (int i = 1; i <= posts; i++) {
                String lang = i % 100 == 0 ? "ar" : i % 101 == 0 ? null : "en";
                Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds((i * 7919L) % posts * 60);
                drafts.add(StoreFixtures.post("p" + i, "post " + i, "user" + (i % 50), lang, at, i));
            }
            StoreFixtures.write(project, StoreFixtures.source(project, "langs.csv"), drafts, List.of());

            long arabic = posts / 100;
            long unknown = posts / 101 - posts / (100 * 101);
            long english = posts - arabic - unknown;
            assertThat(project.languages().counts()).containsExactly(
                    new LanguageCount("en", LanguageSource.DATA, english),
                    new LanguageCount("ar", LanguageSource.DATA, arabic),
                    new LanguageCount(null, null, unknown));

            assertPagesInOrder(project, "en", english);
            assertPagesInOrder(project, "ar", arabic);
            assertPagesInOrder(project, SqlitePostRepository.UNKNOWN_LANGUAGE, unknown);
        }
    }

    private static void assertPagesInOrder(Project project, String lang, long expected) {
        PostQuery query = PostQuery.all().withLang(lang).sortedBy(PostQuery.Sort.DATE, true);
        assertThat(project.posts().count(query)).as(lang).isEqualTo(expected);
        List<PostRow> all = new ArrayList<>();
        for (long offset = 0; offset < expected; offset += 1000) {
            all.addAll(project.posts().page(query, offset, 1000));
        }
        assertThat(all).as(lang).hasSize((int) expected);
        String wanted = lang.equals(SqlitePostRepository.UNKNOWN_LANGUAGE) ? null : lang;
        assertThat(all).allSatisfy(row -> assertThat(row.lang()).isEqualTo(wanted));
        assertThat(all.stream().map(PostRow::id).distinct().count()).isEqualTo(expected);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i - 1).createdAt()).isAfterOrEqualTo(all.get(i).createdAt());
        }
    }
}
