package org.postlens.app.ui.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.store.Project;
import org.postlens.app.ui.TestPosts;
import org.postlens.app.ui.jobs.CurrentThreadTaskExecutor;
import org.postlens.app.ui.jobs.TaskExecutor;
import org.postlens.app.ui.posts.PostFilters.ImageChoice;
import org.postlens.app.ui.posts.PostFilters.LanguageChoice;

class PostsViewModelTest {

    @TempDir
    Path dir;
    Project project;
    CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    List<Exception> errors = new ArrayList<>();
    PostsViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        project = Project.create(dir.resolve("t.postlens"));
        TestPosts.importCsv(project, TestPosts.writeCsv(dir, "sample.csv", TestPosts.sampleRows()));
        viewModel = new PostsViewModel(project, executor, errors::add);
        viewModel.reload();
    }

    @AfterEach
    void tearDown() {
        project.close();
        assertThat(errors).isEmpty();
    }

    private List<Long> shownIds() {
        List<Long> ids = new ArrayList<>();
        for (PostRow row : viewModel.rowsProperty().get()) {
            ids.add(Long.parseLong(row.sourceId()));
        }
        return ids;
    }

    @Test
    void loadsAllPostsWithChoices() {
        assertThat(viewModel.rowsProperty().get()).hasSize(6);
        assertThat(viewModel.totalCountProperty().get()).isEqualTo(6);
        assertThat(viewModel.countText()).isEqualTo("6 posts");
        assertThat(viewModel.languages()).extracting(LanguageChoice::label)
                .containsExactly("Any language", "English (en) \u00B7 3", "Arabic (ar) \u00B7 2", "Hindi (hi) \u00B7 1",
                        "Unknown \u00B7 0");
        assertThat(viewModel.sources()).extracting(PostsViewModel.SourceChoice::label).containsExactly("Any import", "sample.csv");
        assertThat(shownIds()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void searchWaitsForAPauseInTyping() {
        viewModel.searchProperty().set("b");
        viewModel.searchProperty().set("br");
        viewModel.searchProperty().set("bridge");
        assertThat(viewModel.rowsProperty().get()).as("nothing searched while typing").hasSize(6);

        assertThat(executor.runScheduled()).as("three timers were started, two of them cancelled").isEqualTo(3);
        assertThat(viewModel.shownQuery().search()).isEqualTo("bridge");
        assertThat(shownIds()).containsExactly(1L, 4L);
        assertThat(viewModel.countText()).isEqualTo("2 of 6 posts");
    }

    @Test
    void aSearchWithNoMatchSaysSoAndHowToSeeEverything() {
        viewModel.searchProperty().set("zebra");
        executor.runScheduled();
        assertThat(viewModel.rowsProperty().get()).isEmpty();
        assertThat(viewModel.emptyText()).startsWith("No posts match \u201czebra\u201d.").contains("all 6 posts");
    }

    @Test
    void arabicSearchIgnoresDiacritics() {
        viewModel.searchProperty().set("الجسر");
        executor.runScheduled();
        assertThat(shownIds()).as("matches the plain and the vowelled spelling").containsExactlyInAnyOrder(2L, 5L);
    }

    @Test
    void hindiSearch() {
        viewModel.searchProperty().set("बाढ़");
        executor.runScheduled();
        assertThat(shownIds()).containsExactly(3L);
    }

    @Test
    void filtersApplyAtOnceAndClearResets() {
        viewModel.languageProperty().set(LanguageChoice.of("en"));
        assertThat(shownIds()).containsExactly(1L, 4L, 6L);
        viewModel.fromProperty().set(LocalDate.of(2026, 3, 15));
        viewModel.toProperty().set(LocalDate.of(2026, 3, 15));
        assertThat(shownIds()).containsExactly(4L);
        viewModel.imageProperty().set(ImageChoice.WITH_IMAGE);
        assertThat(shownIds()).isEmpty();

        viewModel.clearFilters();
        assertThat(shownIds()).hasSize(6);
        assertThat(viewModel.filteredProperty().get()).isFalse();
        assertThat(viewModel.query()).isEqualTo(PostQuery.all());
    }

    @Test
    void authorFilterAndSuggestions() {
        assertThat(viewModel.authorSuggestions("rep")).containsExactly("reporter_one");
        viewModel.authorProperty().set("reporter_one");
        executor.runScheduled();
        assertThat(shownIds()).containsExactly(1L, 4L);
    }

    @Test
    void sortingAsksTheDatabase() {
        viewModel.sortBy(PostQuery.Sort.LIKES, true);
        assertThat(shownIds()).containsExactly(6L, 4L, 1L, 2L, 5L, 3L);
        viewModel.sortBy(PostQuery.Sort.DATE, true);
        assertThat(shownIds()).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
    }

    /** Background work waits in a queue, so a test can finish an old query after a newer one. */
    static final class QueuedExecutor implements TaskExecutor {
        final Deque<Runnable> background = new ArrayDeque<>();

        @Override
        public void runInBackground(Runnable work) {
            background.add(work);
        }

        @Override
        public void runOnUi(Runnable update) {
            update.run();
        }

        @Override
        public Cancellable schedule(long delayMillis, Runnable action) {
            action.run();
            return () -> { };
        }
    }

    @Test
    void aSupersededQueryNeverOverwritesANewerOne() {
        QueuedExecutor queued = new QueuedExecutor();
        PostsViewModel slow = new PostsViewModel(project, queued, errors::add);
        slow.searchProperty().set("bridge");   // refresh 1
        slow.searchProperty().set("flood");    // refresh 2 supersedes it
        Runnable first = queued.background.pollFirst();
        Runnable second = queued.background.pollFirst();
        second.run();
        assertThat(slow.shownQuery().search()).isEqualTo("flood");
        first.run();   // the old query finishes late
        assertThat(slow.shownQuery().search()).isEqualTo("flood");
        assertThat(slow.loadingProperty().get()).isFalse();
    }
}
