package org.postlens.app.ui.posts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.postlens.app.domain.Account;
import org.postlens.app.domain.ImportSource;
import org.postlens.app.domain.LanguageCount;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.PredictionFilter;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.TaskExecutor;
import org.postlens.app.ui.posts.PostFilters.ImageChoice;
import org.postlens.app.ui.posts.PostFilters.LanguageChoice;

/**
 * The posts table and its filter bar. Typing in the search field waits {@value #SEARCH_DEBOUNCE_MILLIS} ms
 * for a pause; any other filter applies at once. Each refresh counts and reads the first page in the
 * background; a refresh superseded by a newer one is cancelled and its result dropped, so a slow old query
 * can never overwrite the table of a newer one.
 */
public final class PostsViewModel {

    public static final long SEARCH_DEBOUNCE_MILLIS = 250;

    /** An import source as the filter offers it. */
    public record SourceChoice(Long id, String label) {
        public static final SourceChoice ANY = new SourceChoice(null, "Any import");

        @Override
        public String toString() {
            return label;
        }
    }

    private final Project project;
    private final TaskExecutor executor;
    private final Consumer<Exception> errors;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty author = new SimpleStringProperty("");
    private final ObjectProperty<LanguageChoice> language = new SimpleObjectProperty<>(LanguageChoice.ANY);
    private final ObjectProperty<ImageChoice> image = new SimpleObjectProperty<>(ImageChoice.ANY);
    private final ObjectProperty<SourceChoice> source = new SimpleObjectProperty<>(SourceChoice.ANY);
    private final ObjectProperty<PostFilters.GpsChoice> gps = new SimpleObjectProperty<>(PostFilters.GpsChoice.ANY);
    private final StringProperty camera = new SimpleStringProperty("");
    private final StringProperty software = new SimpleStringProperty("");
    private final ObservableList<LanguageChoice> languages = FXCollections.observableArrayList(LanguageChoice.ANY);
    private final ObservableList<SourceChoice> sources = FXCollections.observableArrayList(SourceChoice.ANY);
    /** Tasks with stored predictions: a table column and a filter choice each. */
    private final ObservableList<String> tasks = FXCollections.observableArrayList();
    private final ObjectProperty<String> predictionTask = new SimpleObjectProperty<>();
    private final ObjectProperty<String> predictionLabel = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> minScore = new SimpleObjectProperty<>();
    private final ObservableList<String> predictionLabels = FXCollections.observableArrayList();
    private Map<String, List<String>> labelsByTask = Map.of();
    /** The latest prediction per task of the rows read lately, for the task columns; filled as pages are read. */
    private final Map<Long, Map<String, StoredPrediction>> rowPredictions = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Map<String, StoredPrediction>> eldest) {
                    return size() > 4 * PagedPostList.PAGE_SIZE * 8;
                }
            });

    private final ObjectProperty<PagedPostList> rows = new SimpleObjectProperty<>(PagedPostList.empty());
    private final LongProperty filteredCount = new SimpleLongProperty();
    private final LongProperty totalCount = new SimpleLongProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty filtered = new SimpleBooleanProperty();

    private PostQuery.Sort sort = PostQuery.Sort.DATE;
    private boolean descending;
    private PostQuery currentQuery = PostQuery.all();
    private TaskExecutor.Cancellable pendingSearch;
    private BackgroundTask<?> runningRefresh;
    private long generation;
    private boolean applyingFilters;

    public PostsViewModel(Project project, TaskExecutor executor, Consumer<Exception> errors) {
        this.project = Objects.requireNonNull(project);
        this.executor = executor;
        this.errors = errors;
        search.addListener((obs, old, value) -> scheduleSearch());
        from.addListener((obs, old, value) -> refreshNow());
        to.addListener((obs, old, value) -> refreshNow());
        author.addListener((obs, old, value) -> scheduleSearch());
        language.addListener((obs, old, value) -> refreshNow());
        image.addListener((obs, old, value) -> refreshNow());
        source.addListener((obs, old, value) -> refreshNow());
        gps.addListener((obs, old, value) -> refreshNow());
        camera.addListener((obs, old, value) -> scheduleSearch());
        software.addListener((obs, old, value) -> scheduleSearch());
        predictionTask.addListener((obs, old, value) -> {
            boolean wasApplying = applyingFilters;
            applyingFilters = true;
            try {
                predictionLabels.setAll(value == null ? List.of() : labelsByTask.getOrDefault(value, List.of()));
                predictionLabel.set(null);
            } finally {
                applyingFilters = wasApplying;
            }
            refreshNow();
        });
        predictionLabel.addListener((obs, old, value) -> refreshNow());
        minScore.addListener((obs, old, value) -> refreshNow());
    }

    /** Reloads the filter choices (languages, import sources) and the rows; after opening and after an import. */
    public void reload() {
        long myGeneration = ++generation;
        BackgroundTask.of((progress, cancellation) -> new Choices(
                        postsPerLanguage(project.languages().counts()), project.imports().sources(),
                        project.posts().count(PostQuery.all()),
                        labelsByTask()))
                .onSuccess(choices -> {
                    applyingFilters = true;
                    try {
                        LanguageChoice selectedLanguage = language.get();
                        List<LanguageChoice> languageChoices = new ArrayList<>();
                        languageChoices.add(LanguageChoice.ANY);
                        choices.languages.forEach((code, count) -> {
                            if (code != null) {
                                languageChoices.add(LanguageChoice.counted(code, count));
                            }
                        });
                        languageChoices.add(LanguageChoice.counted(null, choices.languages.getOrDefault(null, 0L)));
                        languages.setAll(languageChoices);
                        language.set(languageChoices.contains(selectedLanguage) ? selectedLanguage : LanguageChoice.ANY);
                        SourceChoice selectedSource = source.get();
                        List<SourceChoice> sourceChoices = new ArrayList<>();
                        sourceChoices.add(SourceChoice.ANY);
                        choices.sources.forEach(s -> sourceChoices.add(new SourceChoice(s.id(), s.fileName())));
                        sources.setAll(sourceChoices);
                        source.set(sourceChoices.contains(selectedSource) ? selectedSource : SourceChoice.ANY);
                        totalCount.set(choices.total);
                        labelsByTask = choices.labelsByTask;
                        tasks.setAll(choices.labelsByTask.keySet());
                        if (predictionTask.get() != null && !labelsByTask.containsKey(predictionTask.get())) {
                            predictionTask.set(null);
                        }
                        String label = predictionLabel.get();
                        predictionLabels.setAll(predictionTask.get() == null ? List.of()
                                : labelsByTask.getOrDefault(predictionTask.get(), List.of()));
                        predictionLabel.set(predictionLabels.contains(label) ? label : null);
                        rowPredictions.clear();
                    } finally {
                        applyingFilters = false;
                    }
                    if (myGeneration == generation) {
                        refreshNow();
                    }
                })
                .onFailure(errors)
                .start(executor);
    }

    /** @param languages posts per language (null: unknown), most frequent first */
    private record Choices(Map<String, Long> languages, List<ImportSource> sources, long total,
                           Map<String, List<String>> labelsByTask) {}

    private static Map<String, Long> postsPerLanguage(List<LanguageCount> counts) {
        Map<String, Long> perLanguage = new LinkedHashMap<>();
        counts.forEach(count -> perLanguage.merge(count.lang(), count.posts(), Long::sum));
        return perLanguage.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(LinkedHashMap::new, (map, entry) -> map.put(entry.getKey(), entry.getValue()), Map::putAll);
    }

    private Map<String, List<String>> labelsByTask() {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (String task : project.predictions().tasks()) {
            labels.put(task, project.predictions().labels(task));
        }
        return labels;
    }

    /** Authors whose handle starts with {@code prefix}, for the author field's suggestions. */
    /** Cameras named in the images' metadata that contain what was typed, most used first. */
    public List<String> cameraSuggestions(String typed) {
        return matching(project.images().cameras().keySet(), typed);
    }

    public List<String> softwareSuggestions(String typed) {
        return matching(project.images().software().keySet(), typed);
    }

    private static List<String> matching(java.util.Collection<String> names, String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        return names.stream().filter(name -> name.toLowerCase(java.util.Locale.ROOT).contains(wanted)).limit(12).toList();
    }

    public ObjectProperty<PostFilters.GpsChoice> gpsProperty() {
        return gps;
    }

    public StringProperty cameraProperty() {
        return camera;
    }

    public StringProperty softwareProperty() {
        return software;
    }

    public List<String> authorSuggestions(String prefix) {
        String trimmed = prefix == null ? "" : prefix.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        return project.accounts().search(trimmed, 12).stream().map(Account::handle).toList();
    }

    public void sortBy(PostQuery.Sort newSort, boolean newDescending) {
        if (newSort == sort && newDescending == descending) {
            return;
        }
        sort = newSort;
        descending = newDescending;
        refreshNow();
    }

    public PostQuery.Sort sort() {
        return sort;
    }

    public boolean descending() {
        return descending;
    }

    public void clearFilters() {
        applyingFilters = true;
        try {
            search.set("");
            from.set(null);
            to.set(null);
            author.set("");
            language.set(LanguageChoice.ANY);
            image.set(ImageChoice.ANY);
            source.set(SourceChoice.ANY);
            gps.set(PostFilters.GpsChoice.ANY);
            camera.set("");
            software.set("");
            predictionTask.set(null);
            predictionLabel.set(null);
            minScore.set(null);
        } finally {
            applyingFilters = false;
        }
        refreshNow();
    }

    public PostFilters filters() {
        SourceChoice sourceChoice = source.get();
        String task = predictionTask.get();
        PredictionFilter prediction = task == null ? null
                : new PredictionFilter(task, predictionLabel.get(), minScore.get(), null);
        return new PostFilters(search.get(), from.get(), to.get(), author.get(), language.get(), image.get(),
                sourceChoice == null ? null : sourceChoice.id(), prediction, gps.get(), camera.get(), software.get());
    }

    /** The query the table shows now (or is about to show); what "Export…" exports. */
    public PostQuery query() {
        return filters().toQuery(PostQuery.all().sortedBy(sort, descending));
    }

    /** The query whose rows the table holds. */
    public PostQuery shownQuery() {
        return currentQuery;
    }

    private void scheduleSearch() {
        if (applyingFilters) {
            return;
        }
        cancelPendingSearch();
        pendingSearch = executor.schedule(SEARCH_DEBOUNCE_MILLIS, () -> {
            pendingSearch = null;
            refreshNow();
        });
    }

    private void cancelPendingSearch() {
        if (pendingSearch != null) {
            pendingSearch.cancel();
            pendingSearch = null;
        }
    }

    /** Runs the current filters now, superseding any refresh in flight. */
    public void refreshNow() {
        if (applyingFilters) {
            return;
        }
        cancelPendingSearch();
        if (runningRefresh != null) {
            runningRefresh.cancel();
        }
        PostQuery query = query();
        long myGeneration = ++generation;
        loading.set(true);
        BackgroundTask<Loaded> task = BackgroundTask.of((progress, cancellation) -> {
            long count = project.posts().count(query);
            cancellation.throwIfCancelled();
            List<PostRow> first = count == 0 ? List.of() : withPredictions(project.posts().page(query, 0, PagedPostList.PAGE_SIZE));
            return new Loaded(count, first);
        });
        runningRefresh = task;
        task.onSuccess(loaded -> {
                    if (myGeneration != generation) {
                        return;
                    }
                    currentQuery = query;
                    filteredCount.set(loaded.count);
                    filtered.set(!filters().isEmpty());
                    rows.set(new PagedPostList((offset, limit) -> withPredictions(project.posts().page(query, offset, limit)),
                            loaded.count, loaded.firstPage));
                })
                .onFailure(error -> {
                    if (myGeneration == generation) {
                        errors.accept(error);
                    }
                })
                .onFinally(() -> {
                    if (myGeneration == generation) {
                        loading.set(false);
                        runningRefresh = null;
                    }
                })
                .start(executor);
    }

    private record Loaded(long count, List<PostRow> firstPage) {}

    /** Reads the latest predictions of a page's posts along with the page: one query per page of rows. */
    private List<PostRow> withPredictions(List<PostRow> page) {
        Map<Long, Map<String, StoredPrediction>> latest = project.predictions().latest(page.stream().map(PostRow::id).toList());
        for (PostRow row : page) {
            rowPredictions.put(row.id(), latest.getOrDefault(row.id(), Map.of()));
        }
        return page;
    }

    /** The latest prediction of a row's post for a task, or null; for the task columns. */
    public StoredPrediction prediction(long postId, String task) {
        Map<String, StoredPrediction> latest = rowPredictions.get(postId);
        if (latest == null) {
            latest = project.predictions().latest(postId);
            rowPredictions.put(postId, latest);
        }
        return latest.get(task);
    }

    /** Tasks with stored predictions, in name order. */
    public ObservableList<String> tasks() {
        return tasks;
    }

    /** The task whose label and score filter the table; null: no prediction filter. */
    public ObjectProperty<String> predictionTaskProperty() {
        return predictionTask;
    }

    /** The label the chosen task must have; null: any label. */
    public ObjectProperty<String> predictionLabelProperty() {
        return predictionLabel;
    }

    /** The least score of the chosen task's prediction; null: any score. */
    public ObjectProperty<Double> minScoreProperty() {
        return minScore;
    }

    /** The labels stored for the chosen task, most frequent first. */
    public ObservableList<String> predictionLabels() {
        return predictionLabels;
    }

    /** Text for the status bar and the table header: "12,345 posts" or "120 of 12,345 posts". */
    public String countText() {
        long shown = filteredCount.get();
        long total = totalCount.get();
        String noun = total == 1 ? "post" : "posts";
        if (!filtered.get() || shown == total) {
            return String.format("%,d %s", total, noun);
        }
        return String.format("%,d of %,d %s", shown, total, noun);
    }

    /** What the table says when it shows no rows: an empty project is not the same as a search with no match. */
    public String emptyText() {
        if (loading.get()) {
            return "Searching…";
        }
        if (totalCount.get() == 0) {
            return "This project has no posts yet.\nImport a CSV, JSON or JSON Lines file with File ▸ Import file… (Ctrl+I),\n"
                    + "or a folder of screenshots with File ▸ Import image folder… (Ctrl+Shift+I).";
        }
        String query = search.get() == null ? "" : search.get().strip();
        return (query.isEmpty() ? "No posts match these filters." : "No posts match \u201c" + query + "\u201d.")
                + "\nClear the search and filters (Esc in the search field, or the \u2297 button) to see all "
                + String.format("%,d", totalCount.get()) + " posts.";
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public ObjectProperty<LanguageChoice> languageProperty() {
        return language;
    }

    public ObjectProperty<ImageChoice> imageProperty() {
        return image;
    }

    public ObjectProperty<SourceChoice> sourceProperty() {
        return source;
    }

    public ObservableList<LanguageChoice> languages() {
        return languages;
    }

    public ObservableList<SourceChoice> sources() {
        return sources;
    }

    public ReadOnlyObjectProperty<PagedPostList> rowsProperty() {
        return rows;
    }

    public ReadOnlyLongProperty filteredCountProperty() {
        return filteredCount;
    }

    public ReadOnlyLongProperty totalCountProperty() {
        return totalCount;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered;
    }
}
