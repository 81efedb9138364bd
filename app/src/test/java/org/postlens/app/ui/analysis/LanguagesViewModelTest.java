package org.postlens.app.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.language.PostLanguageDetector;
import org.postlens.app.store.ImportBatch;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.CurrentThreadTaskExecutor;
import org.postlens.app.ui.jobs.JobsViewModel;

class LanguagesViewModelTest {

    @TempDir
    Path dir;
    private Project project;
    private final JobsViewModel jobs = new JobsViewModel();
    private final List<String> errors = new ArrayList<>();
    private final AtomicInteger reloads = new AtomicInteger();
    private LanguagesViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        project = Project.create(dir.resolve("old.postlens"));
        ImportSource source = project.imports().begin("/tmp/old.csv", "old.csv", "sha-old", "CSV", null);
        List<String> texts = List.of("The river burst its banks overnight and the whole neighbourhood woke up under water",
                "فيضان في المدينة والناس ينتظرون المساعدة منذ الصباح", "😂");
        List<ImportBatch.NewPost> posts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            posts.add(new ImportBatch.NewPost(new PostDraft("", "p" + i, texts.get(i), null, null, null, null, null,
                    null, null, null, List.of(), "{}", i + 1, i + 1), List.of()));
        }
        project.imports().write(new ImportBatch(source.id(), posts, List.of(), texts.size()));
        viewModel = new LanguagesViewModel(project, new CurrentThreadTaskExecutor(), jobs, new PostLanguageDetector(),
                errors::add, reloads::incrementAndGet);
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void detectsMissingLanguagesAsAJobAndSaysWhatItFound() {
        viewModel.detectMissing();

        assertThat(errors).isEmpty();
        assertThat(reloads.get()).as("the table's language choices are reloaded").isEqualTo(1);
        assertThat(jobs.noticeProperty().get()).startsWith("Detected the language of 2 of 3 posts; 1 stay unknown");
        assertThat(jobs.runningProperty().get()).isFalse();
        Post english = project.posts().findBySourceId("", "p0").orElseThrow();
        assertThat(english.lang()).isEqualTo("en");
        assertThat(english.langDetected()).isTrue();

        viewModel.detectMissing();
        assertThat(jobs.noticeProperty().get()).startsWith("Detected the language of 0 of 1 posts");
    }
}
