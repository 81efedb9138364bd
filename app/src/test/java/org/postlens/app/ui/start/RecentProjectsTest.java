package org.postlens.app.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.CurrentThreadTaskExecutor;

class RecentProjectsTest {

    @TempDir
    Path dir;

    @Test
    void remembersNewestFirstWithoutDuplicatesAndSurvivesRestart() {
        RecentProjects recent = new RecentProjects(dir.resolve("home/recent-projects.json"));
        recent.remember(dir.resolve("a.postlens"));
        recent.remember(dir.resolve("b.postlens"));
        recent.remember(dir.resolve("a.postlens"));

        List<Path> loaded = new RecentProjects(dir.resolve("home/recent-projects.json")).load();
        assertThat(loaded).containsExactly(dir.resolve("a.postlens").toAbsolutePath(), dir.resolve("b.postlens").toAbsolutePath());
        recent.forget(dir.resolve("a.postlens"));
        assertThat(recent.load()).containsExactly(dir.resolve("b.postlens").toAbsolutePath());
    }

    @Test
    void keepsAtMostTheLimit() {
        RecentProjects recent = new RecentProjects(dir.resolve("recent.json"));
        for (int i = 0; i < RecentProjects.MAX_ENTRIES + 5; i++) {
            recent.remember(dir.resolve(i + ".postlens"));
        }
        assertThat(recent.load()).hasSize(RecentProjects.MAX_ENTRIES).first()
                .isEqualTo(dir.resolve((RecentProjects.MAX_ENTRIES + 4) + ".postlens").toAbsolutePath());
    }

    @Test
    void aDamagedListIsEmptyNotAnError() throws Exception {
        Path file = dir.resolve("recent.json");
        Files.writeString(file, "{not json");
        assertThat(new RecentProjects(file).load()).isEmpty();
    }

    @Test
    void startScreenOpensCreatesAndReportsErrorsWithoutChangingAnything() throws Exception {
        RecentProjects recent = new RecentProjects(dir.resolve("recent.json"));
        StartViewModel start = new StartViewModel(recent, ProjectOpener.sqlite(), new CurrentThreadTaskExecutor(), null);
        List<Project> opened = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        start.setOnOpened(opened::add);
        start.setOnError(errors::add);

        start.createProject(dir.resolve("Story"));
        assertThat(opened).singleElement().satisfies(p -> assertThat(p.file().getFileName().toString()).isEqualTo("Story.postlens"));
        opened.get(0).close();
        assertThat(start.recentEntries()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Story");
            assertThat(e.missing()).isFalse();
        });

        Path notAProject = dir.resolve("notes.postlens");
        Files.writeString(notAProject, "just some text, not a database");
        start.openProject(notAProject);
        assertThat(errors).singleElement().asString().isNotBlank().doesNotContain("Exception");
        assertThat(Files.readString(notAProject)).isEqualTo("just some text, not a database");
        assertThat(start.recentEntries()).hasSize(1);

        Files.delete(dir.resolve("Story.postlens"));
        start.refreshRecent();
        assertThat(start.recentEntries().get(0).missing()).isTrue();
        start.openRecent(start.recentEntries().get(0));
        assertThat(errors).hasSize(2).last().asString().contains("no longer exists");
        start.forget(start.recentEntries().get(0));
        assertThat(start.recentEntries()).isEmpty();
        assertThat(start.demoAvailable()).isFalse();
    }
}
