package org.postlens.app.ui.importer;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.TaskExecutor;
import org.postlens.app.ui.posts.PostsViewModel.SourceChoice;

/** All import problems of a project, a page at a time, optionally of one import source. */
public final class ImportProblemsViewModel {

    public static final int PAGE_SIZE = 500;

    private final Project project;
    private final TaskExecutor executor;
    private final ObservableList<SourceChoice> sources = FXCollections.observableArrayList(SourceChoice.ANY);
    private final ObjectProperty<SourceChoice> source = new SimpleObjectProperty<>(SourceChoice.ANY);
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final LongProperty count = new SimpleLongProperty();
    private final IntegerProperty page = new SimpleIntegerProperty();

    public ImportProblemsViewModel(Project project, TaskExecutor executor) {
        this.project = project;
        this.executor = executor;
        List<SourceChoice> choices = new ArrayList<>();
        choices.add(SourceChoice.ANY);
        project.imports().sources().forEach(s -> choices.add(new SourceChoice(s.id(), s.fileName())));
        sources.setAll(choices);
        source.addListener((obs, old, value) -> showPage(0));
        showPage(0);
    }

    public void showPage(int number) {
        SourceChoice choice = source.get();
        Long sourceId = choice == null ? null : choice.id();
        BackgroundTask.of((progress, cancellation) -> {
                    long total = project.imports().problemCount(sourceId);
                    int last = (int) Math.max(0, (total - 1) / PAGE_SIZE);
                    int wanted = Math.max(0, Math.min(number, last));
                    return new Page(wanted, total, project.imports().problems(sourceId, (long) wanted * PAGE_SIZE, PAGE_SIZE));
                })
                .onSuccess(result -> {
                    count.set(result.total);
                    page.set(result.number);
                    problems.setAll(result.rows);
                })
                .start(executor);
    }

    private record Page(int number, long total, List<ImportProblem> rows) {}

    public void next() {
        showPage(page.get() + 1);
    }

    public void previous() {
        showPage(page.get() - 1);
    }

    public String pageText() {
        long total = count.get();
        if (total == 0) {
            return "No import problems";
        }
        long first = (long) page.get() * PAGE_SIZE + 1;
        long last = Math.min(total, first + PAGE_SIZE - 1);
        return String.format("%,d–%,d of %,d problems", first, last, total);
    }

    public ObservableList<SourceChoice> sources() {
        return sources;
    }

    public ObjectProperty<SourceChoice> sourceProperty() {
        return source;
    }

    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    public LongProperty countProperty() {
        return count;
    }

    public IntegerProperty pageProperty() {
        return page;
    }
}
