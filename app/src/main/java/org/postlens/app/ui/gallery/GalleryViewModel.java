package org.postlens.app.ui.gallery;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.TaskExecutor;
import org.postlens.app.ui.posts.PagedPostList;
import org.postlens.app.ui.posts.PostsViewModel;

/**
 * The gallery: the posts with a stored image among those the table's search and filters show, in the table's
 * order, one tile per post. It follows the table whenever the table has run a query (new filters, or the same
 * after an import), but only while it is shown, so a hidden gallery costs nothing. Like the table, it counts and reads the first page in the
 * background and reads further pages as tiles come into view.
 */
public final class GalleryViewModel {

    private final Project project;
    private final PostsViewModel posts;
    private final TaskExecutor executor;
    private final Consumer<Exception> errors;

    private final ObjectProperty<PagedPostList> items = new SimpleObjectProperty<>(PagedPostList.empty());
    private final LongProperty count = new SimpleLongProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final ObjectProperty<PostRow> selectedPost = new SimpleObjectProperty<>();
    private final BooleanProperty active = new SimpleBooleanProperty();

    /** The table has run a query (a new filter, or the same after an import) that the gallery has not. */
    private boolean stale = true;
    private BackgroundTask<?> running;
    private long generation;

    public GalleryViewModel(Project project, PostsViewModel posts, TaskExecutor executor, Consumer<Exception> errors) {
        this.project = Objects.requireNonNull(project);
        this.posts = posts;
        this.executor = executor;
        this.errors = errors;
        posts.rowsProperty().addListener((obs, old, rows) -> {
            stale = true;
            followTable();
        });
        active.addListener((obs, old, shown) -> followTable());
        selectedIndex.addListener((obs, old, index) -> selectedPost.set(rowAt(index.intValue())));
    }

    /** The gallery's query: the table's, narrowed to posts with a stored image; null when the table shows none. */
    static PostQuery galleryQuery(PostQuery tableQuery) {
        return Boolean.FALSE.equals(tableQuery.hasImage()) ? null : tableQuery.withHasImage(true);
    }

    private void followTable() {
        if (active.get() && stale) {
            stale = false;
            refresh();
        }
    }

    /** Runs the table's current query again for the gallery, superseding a refresh in flight. */
    public void refresh() {
        if (running != null) {
            running.cancel();
        }
        PostQuery query = galleryQuery(posts.shownQuery());
        long myGeneration = ++generation;
        loading.set(true);
        BackgroundTask<Loaded> task = BackgroundTask.of((progress, cancellation) -> {
            if (query == null) {
                return new Loaded(0, List.of());
            }
            long found = project.posts().count(query);
            cancellation.throwIfCancelled();
            List<PostRow> first = found == 0 ? List.of() : project.posts().page(query, 0, PagedPostList.PAGE_SIZE);
            return new Loaded(found, first);
        });
        running = task;
        task.onSuccess(loaded -> {
                    if (myGeneration != generation) {
                        return;
                    }
                    count.set(loaded.count);
                    items.set(new PagedPostList((offset, limit) -> project.posts().page(query, offset, limit),
                            loaded.count, loaded.firstPage));
                    selectedIndex.set(-1);
                    selectedIndex.set(loaded.count > 0 ? 0 : -1);
                })
                .onFailure(error -> {
                    if (myGeneration == generation) {
                        errors.accept(error);
                    }
                })
                .onFinally(() -> {
                    if (myGeneration == generation) {
                        loading.set(false);
                        running = null;
                    }
                })
                .start(executor);
    }

    private record Loaded(long count, List<PostRow> firstPage) {}

    private PostRow rowAt(int index) {
        PagedPostList list = items.get();
        return index < 0 || index >= list.size() ? null : list.get(index);
    }

    /** Moves the selection by {@code delta} tiles, staying within the gallery. */
    public void move(int delta) {
        int size = items.get().size();
        if (size == 0) {
            return;
        }
        int current = selectedIndex.get();
        selectedIndex.set(Math.max(0, Math.min(size - 1, current < 0 ? 0 : current + delta)));
    }

    public void select(int index) {
        if (index >= 0 && index < items.get().size()) {
            selectedIndex.set(index);
        }
    }

    /** "24 posts with images" or, while the table is filtered to posts without images, why the gallery is empty. */
    public String countText() {
        long found = count.get();
        return String.format("%,d %s with images", found, found == 1 ? "post" : "posts");
    }

    public String emptyText() {
        if (loading.get()) {
            return "Searching…";
        }
        if (Boolean.FALSE.equals(posts.shownQuery().hasImage())) {
            return "The filters show only posts without images.\nSet the image filter to any to see images here.";
        }
        return posts.filteredProperty().get()
                ? "No post with an image matches these filters."
                : "This project has no images yet.\nImport posts with images, or a folder of images with File ▸ Import image folder… (Ctrl+Shift+I).";
    }

    /** Whether the gallery is on screen; while it is not, it does not follow the table. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyObjectProperty<PagedPostList> itemsProperty() {
        return items;
    }

    public ReadOnlyLongProperty countProperty() {
        return count;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public ReadOnlyObjectProperty<PostRow> selectedPostProperty() {
        return selectedPost;
    }
}
