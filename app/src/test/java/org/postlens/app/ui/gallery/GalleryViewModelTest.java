package org.postlens.app.ui.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.service.DemoProjectBuilder;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.CurrentThreadTaskExecutor;
import org.postlens.app.ui.posts.PostFilters.ImageChoice;
import org.postlens.app.ui.posts.PostFilters.LanguageChoice;
import org.postlens.app.ui.posts.PostsViewModel;

/** The gallery follows the table's search and filters, on the demo project. */
class GalleryViewModelTest {

    @TempDir
    static Path dir;
    static Path demo;

    Project project;
    CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    List<Exception> errors = new ArrayList<>();
    PostsViewModel posts;
    GalleryViewModel gallery;

    @BeforeAll
    static void buildDemo() throws Exception {
        demo = DemoProjectBuilder.ensure(dir.resolve("Demo.postlens"));
    }

    @BeforeEach
    void setUp() throws Exception {
        project = Project.open(demo);
        posts = new PostsViewModel(project, executor, errors::add);
        gallery = new GalleryViewModel(project, posts, executor, errors::add);
        posts.reload();
    }

    @AfterEach
    void tearDown() {
        project.close();
        assertThat(errors).isEmpty();
    }

    private List<PostRow> tiles() {
        return new ArrayList<>(gallery.itemsProperty().get());
    }

    @Test
    void showsThePostsWithImagesInTheTablesOrderOnlyOnceShown() {
        assertThat(tiles()).as("a hidden gallery reads nothing").isEmpty();

        gallery.activeProperty().set(true);

        long withImages = project.posts().count(PostQuery.all().withHasImage(true));
        assertThat(withImages).isGreaterThan(10).isLessThan(posts.filteredCountProperty().get());
        assertThat(tiles()).hasSize((int) withImages).allMatch(PostRow::hasImage);
        assertThat(tiles()).extracting(PostRow::id)
                .containsExactlyElementsOf(project.posts().page(PostQuery.all().withHasImage(true), 0, 1000)
                        .stream().map(PostRow::id).toList());
        assertThat(gallery.countText()).isEqualTo(String.format("%,d posts with images", withImages));
        assertThat(gallery.selectedPostProperty().get()).isEqualTo(tiles().get(0));
    }

    @Test
    void followsTheFiltersAndSearch() {
        gallery.activeProperty().set(true);
        int all = tiles().size();

        posts.languageProperty().set(LanguageChoice.of("ar"));
        assertThat(tiles()).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(row -> assertThat(row.lang()).isEqualTo("ar"))
                .allMatch(PostRow::hasImage);

        posts.languageProperty().set(LanguageChoice.ANY);
        posts.searchProperty().set("flood");
        executor.runScheduled();
        assertThat(tiles()).isNotEmpty().hasSizeLessThan(all);
        assertThat(tiles()).extracting(PostRow::id).containsExactlyElementsOf(
                project.posts().page(posts.shownQuery().withHasImage(true), 0, 1000).stream().map(PostRow::id).toList());

        posts.imageProperty().set(ImageChoice.WITHOUT_IMAGE);
        assertThat(tiles()).isEmpty();
        assertThat(gallery.emptyText()).contains("only posts without images");
        assertThat(gallery.selectedPostProperty().get()).isNull();
    }

    @Test
    void aHiddenGalleryCatchesUpWhenShownAgain() {
        gallery.activeProperty().set(true);
        int all = tiles().size();
        gallery.activeProperty().set(false);

        posts.languageProperty().set(LanguageChoice.of("hi"));
        assertThat(tiles()).as("not followed while hidden").hasSize(all);

        gallery.activeProperty().set(true);
        assertThat(tiles()).isNotEmpty().hasSizeLessThan(all).allSatisfy(row -> assertThat(row.lang()).isEqualTo("hi"));
    }

    @Test
    void movingStaysInsideTheGallery() {
        gallery.activeProperty().set(true);
        int size = tiles().size();
        gallery.move(3);
        assertThat(gallery.selectedIndexProperty().get()).isEqualTo(3);
        assertThat(gallery.selectedPostProperty().get()).isEqualTo(tiles().get(3));
        gallery.move(-10);
        assertThat(gallery.selectedIndexProperty().get()).isZero();
        gallery.move(Integer.MAX_VALUE / 2);
        assertThat(gallery.selectedIndexProperty().get()).isEqualTo(size - 1);
        gallery.select(size);
        assertThat(gallery.selectedIndexProperty().get()).as("out of range: ignored").isEqualTo(size - 1);
    }
}
