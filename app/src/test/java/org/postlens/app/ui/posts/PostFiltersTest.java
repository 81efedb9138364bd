package org.postlens.app.ui.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.store.SqlitePostRepository;
import org.postlens.app.ui.posts.PostFilters.ImageChoice;
import org.postlens.app.ui.posts.PostFilters.LanguageChoice;

class PostFiltersTest {

    @Test
    void noFiltersIsTheWholeProject() {
        assertThat(PostFilters.none().toQuery(PostQuery.all())).isEqualTo(PostQuery.all());
        assertThat(PostFilters.none().isEmpty()).isTrue();
    }

    @Test
    void everyFilterMapsToTheQuery() {
        PostFilters filters = new PostFilters("  flood bridge ", LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 15),
                " @ahmad ", LanguageChoice.of("ar"), ImageChoice.WITH_IMAGE, 7L);
        PostQuery query = filters.toQuery(PostQuery.all().sortedBy(PostQuery.Sort.LIKES, true));

        assertThat(query.search()).isEqualTo("flood bridge");
        assertThat(query.from()).isEqualTo(Instant.parse("2026-03-14T00:00:00Z"));
        assertThat(query.to()).as("the 'to' day is included: the bound is the next midnight UTC")
                .isEqualTo(Instant.parse("2026-03-16T00:00:00Z"));
        assertThat(query.author()).isEqualTo("@ahmad");
        assertThat(query.lang()).isEqualTo("ar");
        assertThat(query.hasImage()).isTrue();
        assertThat(query.importSourceId()).isEqualTo(7L);
        assertThat(query.sort()).isEqualTo(PostQuery.Sort.LIKES);
        assertThat(query.descending()).isTrue();
        assertThat(filters.isEmpty()).isFalse();
    }

    @Test
    void blankTextAndAnyChoicesAreNoFilter() {
        PostFilters filters = new PostFilters("   ", null, null, "", LanguageChoice.ANY, ImageChoice.ANY, null);
        assertThat(filters.toQuery(PostQuery.all())).isEqualTo(PostQuery.all());
        assertThat(filters.isEmpty()).isTrue();
    }

    @Test
    void unknownLanguageAndWithoutImage() {
        PostQuery query = new PostFilters("", null, null, "", LanguageChoice.UNKNOWN, ImageChoice.WITHOUT_IMAGE, null)
                .toQuery(PostQuery.all());
        assertThat(query.lang()).isEqualTo(SqlitePostRepository.UNKNOWN_LANGUAGE);
        assertThat(query.hasImage()).isFalse();
    }

    @Test
    void gpsCameraAndSoftwareBecomeTheQuerysImageFilter() {
        PostQuery query = new PostFilters("", null, null, "", LanguageChoice.ANY, ImageChoice.ANY, null,
                PostFilters.GpsChoice.WITH_GPS, " Canon ", "  ").toQuery(PostQuery.all());

        assertThat(query.images()).isEqualTo(new PostQuery.ImageFilter(true, "Canon", null));
        assertThat(new PostFilters("", null, null, "", LanguageChoice.ANY, ImageChoice.ANY, null,
                PostFilters.GpsChoice.WITHOUT_GPS, "", "GIMP").toQuery(PostQuery.all()).images())
                .isEqualTo(new PostQuery.ImageFilter(false, null, "GIMP"));
        assertThat(PostFilters.none().toQuery(PostQuery.all()).images().isAny()).isTrue();
    }
}
