package org.postlens.app.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.TextClassifier;
import org.postlens.runtime.multitask.MultiTaskModel;
import org.postlens.runtime.pack.Classifiers;
import org.postlens.runtime.pack.InvalidModelPackException;
import org.postlens.runtime.pack.ModelCatalog;
import org.postlens.runtime.pack.ModelPack;
import org.postlens.runtime.pack.ModelPackLoader;
import org.postlens.runtime.pack.ShippedPacks;

/** The task models of a catalog, open on one device; closing closes them all. */
public final class TaskModels implements AutoCloseable {

    private static final String ENGLISH = "en";

    private final List<TaskModel> models;

    private TaskModels(List<TaskModel> models) {
        this.models = List.copyOf(models);
    }

    /** The packs shipped with the app (copied out under {@code extractDir}) and those in the user's folders. */
    public static ModelCatalog catalog(Path extractDir, List<Path> userFolders) throws IOException {
        List<Path> shipped = ShippedPacks.locate(TaskModels.class.getClassLoader(), ShippedPacks.RESOURCE_FOLDER, extractDir);
        return ModelCatalog.scan(shipped, userFolders, new ModelPackLoader(false));
    }

    /**
     * Opens every usable pack of the given tasks (all tasks when empty). A task names every target of it
     * ({@code stance}), a task key one target ({@code stance:abortion}); each pack's model answers under its
     * task key.
     *
     * @throws UnknownTaskException when a task asked for has no usable pack
     */
    public static TaskModels open(ModelCatalog catalog, Set<String> tasks, DevicePreference device)
            throws InvalidModelPackException {
        return open(catalog, tasks, device, null);
    }

    /**
     * Like {@link #open(ModelCatalog, Set, DevicePreference)}, with a fine-tuned multi-task model answering its
     * tasks for English posts in place of those tasks' English-only packs (one encoder pass a page for all of them).
     *
     * @param multiTask null for none; closed with the models (or at once when none of its tasks is asked for)
     */
    public static TaskModels open(ModelCatalog catalog, Set<String> tasks, DevicePreference device, MultiTaskModel multiTask)
            throws InvalidModelPackException {
        Set<String> available = new TreeSet<>();
        catalog.packs().forEach(pack -> {
            available.add(pack.task());
            available.add(pack.taskKey());
        });
        Set<String> fineTuned = new TreeSet<>();
        if (multiTask != null) {
            multiTask.tasks().forEach(task -> {
                fineTuned.add(task.name());
                available.add(task.name());
                available.add(baseTask(task.name()));
            });
        }
        for (String task : tasks) {
            if (!available.contains(task)) {
                if (multiTask != null) {
                    multiTask.close();
                }
                throw new UnknownTaskException(task, available);
            }
        }
        List<TaskModel> opened = new ArrayList<>();
        try {
            if (multiTask != null) {
                List<TextClassifier> views = multiTask.classifiers();
                for (int t = 0; t < views.size(); t++) {
                    String task = multiTask.tasks().get(t).name();
                    if (tasks.isEmpty() || tasks.contains(task) || tasks.contains(baseTask(task))) {
                        opened.add(new TaskModel(task, Set.of(ENGLISH), views.get(t)));
                    } else {
                        views.get(t).close();
                    }
                }
            }
            for (ModelPack pack : catalog.packs()) {
                if (fineTuned.contains(pack.taskKey()) && pack.languages().equals(List.of(ENGLISH))) {
                    continue;
                }
                if (tasks.isEmpty() || tasks.contains(pack.task()) || tasks.contains(pack.taskKey())) {
                    TextClassifier classifier = Classifiers.openPreferring(pack, device);
                    opened.add(new TaskModel(pack.taskKey(), new LinkedHashSet<>(pack.languages()), classifier));
                }
            }
        } catch (InvalidModelPackException | RuntimeException e) {
            opened.forEach(model -> model.classifier().close());
            throw e;
        }
        return new TaskModels(opened);
    }

    private static String baseTask(String taskKey) {
        int colon = taskKey.indexOf(':');
        return colon < 0 ? taskKey : taskKey.substring(0, colon);
    }

    public List<TaskModel> models() {
        return models;
    }

    /** True when some model reads encoder vectors, so the shipped encoder must be opened too. */
    public boolean needsEncoder() {
        return models.stream().anyMatch(TaskModel::readsVectors);
    }

    @Override
    public void close() {
        models.forEach(model -> model.classifier().close());
    }

    /** A task asked for by name that no usable pack answers. */
    public static final class UnknownTaskException extends IllegalArgumentException {

        public UnknownTaskException(String task, Set<String> available) {
            super("No usable model pack for task '" + task + "'. "
                    + (available.isEmpty() ? "There are no usable task model packs: add some with --models DIR."
                    : "Tasks with packs: " + String.join(", ", available) + "."));
        }
    }
}
