package org.postlens.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.service.ImportRequest;
import org.postlens.app.service.ImportService;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.store.Project;
import org.postlens.app.ui.AppContext;
import org.postlens.app.ui.jobs.CurrentThreadTaskExecutor;

class MainViewModelExportTest {

    @TempDir
    Path dir;

    @Test
    void exportsThePostsShownOrOnlyThoseSelected() throws Exception {
        Path csv = Files.writeString(dir.resolve("posts.csv"), """
                id,text,created_at
                a,flood in the old town,2026-03-01T10:00:00Z
                b,dam is safe,2026-03-01T11:00:00Z
                c,flood water rising,2026-03-01T12:00:00Z
                """);
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        AppContext context = AppContext.standard(new AppDirectories(dir.resolve("home")), executor);
        List<String> errors = new ArrayList<>();
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            new ImportService(project).importFile(csv, ImportRequest.auto(), ProgressListener.none(),
                    CancellationToken.none());
            MainViewModel main = new MainViewModel(project, executor, context.importBackends().apply(project),
                    context.exporter(), errors::add);
            long a = project.posts().findBySourceId("", "a").orElseThrow().id();
            long c = project.posts().findBySourceId("", "c").orElseThrow().id();

            List<Long> written = new ArrayList<>();
            main.export(dir.resolve("selected.jsonl"), List.of(c, a), written::add);
            main.posts().searchProperty().set("flood");
            executor.runScheduled();
            main.export(dir.resolve("shown.csv"), written::add);

            assertThat(errors).isEmpty();
            assertThat(written).containsExactly(2L, 2L);
            assertThat(Files.readAllLines(dir.resolve("selected.jsonl")))
                    .extracting(line -> line.substring(0, line.indexOf(',')))
                    .containsExactly("{\"id\":\"c\"", "{\"id\":\"a\"");
            assertThat(Files.readString(dir.resolve("shown.csv"))).contains("flood in the old town")
                    .contains("flood water rising").doesNotContain("dam is safe");
        }
    }

    @Test
    void refusesAHandPickedSelectionTooLargeToReview() throws Exception {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        AppContext context = AppContext.standard(new AppDirectories(dir.resolve("home")), executor);
        List<String> errors = new ArrayList<>();
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            MainViewModel main = new MainViewModel(project, executor, context.importBackends().apply(project),
                    context.exporter(), errors::add);
            List<Long> tooMany = new ArrayList<>();
            for (long i = 0; i <= MainViewModel.MAX_SELECTED_FOR_EXPORT; i++) {
                tooMany.add(i);
            }
            main.export(dir.resolve("x.csv"), tooMany, count -> { });
            assertThat(errors).singleElement().asString().contains("narrow the table");
            assertThat(dir.resolve("x.csv")).doesNotExist();
        }
    }
}
