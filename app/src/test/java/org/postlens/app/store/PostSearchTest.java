package org.postlens.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;

class PostSearchTest {

    @TempDir
    Path dir;
    Project project;
    ImportSource source;

    @BeforeEach
    void createProject() throws Exception {
        project = Project.create(dir.resolve("search.postlens"));
        source = StoreFixtures.source(project, "posts.csv");
        StoreFixtures.write(project, source, List.of(
                StoreFixtures.post("en1", "The river flooded the old market this morning", "ann", "en", at(1), 1),
                StoreFixtures.post("en2", "Café owners say the dam is safe — no collapse", "Bob", "en", at(2), 2),
                // Arabic with tashkeel: "the flood hit the city"
                StoreFixtures.post("ar1", "ضَرَبَ الفَيَضانُ المَدِينَةَ", "sara", "ar", at(3), 3),
                StoreFixtures.post("ar2", "إغلاق الطريق بسبب الأمطار", "sara", "ar", at(4), 4),
                // Hindi: "the flood water entered the village"
                StoreFixtures.post("hi1", "बाढ़ का पानी गाँव में घुस गया", "ravi", "hi", at(5), 5),
                StoreFixtures.post("xx1", "no language known", "ann", null, at(6), 6)), List.of());
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void englishWordsMatchCaseAndAccentInsensitively() {
        assertThat(ids(PostQuery.all().withSearch("FLOODED"))).containsExactly("en1");
        assertThat(ids(PostQuery.all().withSearch("cafe"))).containsExactly("en2");
        assertThat(ids(PostQuery.all().withSearch("dam safe"))).containsExactly("en2");
        assertThat(ids(PostQuery.all().withSearch("flood*"))).containsExactly("en1");
    }

    @Test
    void arabicMatchesWithOrWithoutDiacriticsAndHamzaForms() {
        assertThat(ids(PostQuery.all().withSearch("الفيضان"))).containsExactly("ar1");
        assertThat(ids(PostQuery.all().withSearch("المدينة"))).containsExactly("ar1");
        assertThat(ids(PostQuery.all().withSearch("اغلاق"))).containsExactly("ar2");
        assertThat(ids(PostQuery.all().withSearch("إغلاق"))).containsExactly("ar2");
    }

    @Test
    void hindiWordsMatchWholeWithTheirVowelSigns() {
        assertThat(ids(PostQuery.all().withSearch("गाँव"))).containsExactly("hi1");
        assertThat(ids(PostQuery.all().withSearch("बाढ़"))).containsExactly("hi1");
        // the nukta is folded: written with or without it, the word matches
        assertThat(ids(PostQuery.all().withSearch("बाढ"))).containsExactly("hi1");
        assertThat(ids(PostQuery.all().withSearch("पानी"))).containsExactly("hi1");
    }

    @Test
    void operatorsAndPunctuationTypedByAUserAreNotSyntaxErrors() {
        assertThat(ids(PostQuery.all().withSearch("dam AND \"NOT\" (safe"))).isEmpty();
        assertThat(ids(PostQuery.all().withSearch("\"the old market\""))).containsExactly("en1");
        assertThat(project.posts().count(PostQuery.all().withSearch("   ...  "))).isEqualTo(6);
    }

    @Test
    void filtersCombineWithSearchAndOrder() {
        assertThat(ids(PostQuery.all().withAuthor("@SARA"))).containsExactly("ar1", "ar2");
        assertThat(ids(PostQuery.all().withLang("ar").withSearch("الأمطار"))).containsExactly("ar2");
        assertThat(ids(PostQuery.all().withLang(SqlitePostRepository.UNKNOWN_LANGUAGE))).containsExactly("xx1");
        assertThat(ids(PostQuery.all().withDates(at(2), at(4)))).containsExactly("en2", "ar1");
        assertThat(ids(PostQuery.all().sortedBy(PostQuery.Sort.LIKES, true))).first().isEqualTo("xx1");
        assertThat(ids(PostQuery.all().withHasImage(true))).isEmpty();
        assertThat(ids(PostQuery.all().withImportSource(source.id()))).hasSize(6);
        assertThat(project.posts().languages()).containsExactly("ar", "en", "hi");
    }

    @Test
    void pagesAreSlicesOfTheOrderedResult() {
        PostQuery newestFirst = PostQuery.all().sortedBy(PostQuery.Sort.DATE, true);
        assertThat(project.posts().page(newestFirst, 0, 2)).extracting(PostRow::sourceId).containsExactly("xx1", "hi1");
        assertThat(project.posts().page(newestFirst, 2, 2)).extracting(PostRow::sourceId).containsExactly("ar2", "ar1");
        assertThat(project.posts().count(newestFirst)).isEqualTo(6);
    }

    private List<String> ids(PostQuery query) {
        return project.posts().page(query, 0, 100).stream().map(PostRow::sourceId).toList();
    }

    private static Instant at(int hour) {
        return Instant.parse("2026-03-01T00:00:00Z").plusSeconds(hour * 3600L);
    }
}
