package org.postlens.app.ui.models;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.settings.AppSettings;
import org.postlens.app.ui.jobs.BackgroundTask;
import org.postlens.app.ui.jobs.TaskExecutor;
import org.postlens.runtime.MiniLmTextEncoder;
import org.postlens.runtime.pack.ModelCatalog;
import org.postlens.runtime.pack.ModelPack;
import org.postlens.runtime.pack.ModelPackLoader;
import org.postlens.runtime.pack.ShippedPacks;

/**
 * Analyse ▸ Models: the model catalog as {@code postlens models} shows it (the built-in encoder, then the
 * usable packs, then those that cannot be used with the reason), and the user's model folders, kept in
 * {@link AppSettings}. Scanning and checking run off the FX thread; a later scan replaces an earlier one's result.
 */
public final class ModelsViewModel {

    /** Finds the packs: the shipped ones and those in {@code userFolders}; {@code check} runs each model once. */
    @FunctionalInterface
    public interface Scanner {
        ModelCatalog scan(List<Path> userFolders, boolean check) throws Exception;
    }

    /** A usable pack, as a table row. */
    public record PackRow(String id, String task, String languages, String engine, String version, String origin, Path folder) { }

    /** A pack folder that cannot be used, with the loader's message. */
    public record InvalidRow(String id, String origin, Path folder, String error) {

        /** The error without its leading {@code pack '<id>': }, which the ID column already shows. */
        public String problem() {
            String prefix = "pack '" + id + "': ";
            return error.startsWith(prefix) ? error.substring(prefix.length()) : error;
        }
    }

    public static final String BUILT_IN = "Built in: " + MiniLmTextEncoder.MODEL_ID + " " + MiniLmTextEncoder.MODEL_VERSION
            + " (sentence embeddings for embed, similar, clusters)";

    private final AppSettings settings;
    private final Scanner scanner;
    private final TaskExecutor executor;
    private final Consumer<String> errors;
    private final ObservableList<Path> folders = FXCollections.observableArrayList();
    private final ObservableList<PackRow> packs = FXCollections.observableArrayList();
    private final ObservableList<InvalidRow> invalid = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private int generation;

    public ModelsViewModel(AppSettings settings, Scanner scanner, TaskExecutor executor, Consumer<String> errors) {
        this.settings = settings;
        this.scanner = scanner;
        this.executor = executor;
        this.errors = errors;
        folders.setAll(settings.modelFolders());
    }

    /** The app's scanner: packs on the classpath (copied out under the cache) and the user's folders. */
    public static Scanner standardScanner(AppDirectories directories) {
        return (userFolders, check) -> {
            List<Path> shipped = ShippedPacks.locate(ModelsViewModel.class.getClassLoader(), ShippedPacks.RESOURCE_FOLDER,
                    directories.cache().resolve("packs"));
            return ModelCatalog.scan(shipped, userFolders, new ModelPackLoader(check));
        };
    }

    public String builtIn() {
        return BUILT_IN;
    }

    /** The user's model folders, in the order added. */
    public ObservableList<Path> folders() {
        return folders;
    }

    public ObservableList<PackRow> packs() {
        return packs;
    }

    public ObservableList<InvalidRow> invalid() {
        return invalid;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Lists the packs again, without running them. */
    public void refresh() {
        scan(false);
    }

    /** Loads every pack and runs it once on a short text, as {@code postlens models --check} does (slower). */
    public void check() {
        scan(true);
    }

    /** Adds a folder (one pack, or a folder of packs), remembers it and lists the packs again. */
    public void addFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!folders.contains(absolute)) {
            List<Path> updated = new ArrayList<>(folders);
            updated.add(absolute);
            if (!save(updated)) {
                return;
            }
        }
        refresh();
    }

    /** Forgets one of the user's folders (shipped packs are not in this list); its files are left alone. */
    public void removeFolder(Path folder) {
        if (folder == null || !folders.contains(folder)) {
            return;
        }
        List<Path> updated = new ArrayList<>(folders);
        updated.remove(folder);
        if (save(updated)) {
            refresh();
        }
    }

    private boolean save(List<Path> updated) {
        try {
            settings.setModelFolders(updated);
        } catch (IOException e) {
            errors.accept("The model folders could not be saved in " + settings.file() + ": " + e.getMessage());
            return false;
        }
        folders.setAll(settings.modelFolders());
        return true;
    }

    private void scan(boolean check) {
        int scan = ++generation;
        List<Path> roots = List.copyOf(folders);
        busy.set(true);
        status.set(check ? "Checking the models: each one is loaded and run once\u2026" : "Looking for model packs\u2026");
        BackgroundTask.<ModelCatalog>of((progress, cancel) -> scanner.scan(roots, check))
                .onSuccess(catalog -> {
                    if (scan == generation) {
                        show(catalog, check);
                    }
                })
                .onFailure(error -> {
                    if (scan == generation) {
                        status.set("The model packs could not be listed.");
                        errors.accept("The model packs could not be listed: " + error.getMessage());
                    }
                })
                .onFinally(() -> {
                    if (scan == generation) {
                        busy.set(false);
                    }
                })
                .start(executor);
    }

    private void show(ModelCatalog catalog, boolean checked) {
        List<PackRow> usable = new ArrayList<>();
        List<InvalidRow> broken = new ArrayList<>();
        for (ModelCatalog.Entry entry : catalog.entries()) {
            String origin = entry.origin().name().toLowerCase(Locale.ROOT);
            if (entry.valid()) {
                ModelPack pack = entry.pack();
                usable.add(new PackRow(pack.id(), pack.taskKey(), String.join(", ", pack.languages()), pack.engine(),
                        pack.version(), origin, entry.folder()));
            } else {
                broken.add(new InvalidRow(entry.id(), origin, entry.folder(), entry.error()));
            }
        }
        packs.setAll(usable);
        invalid.setAll(broken);
        status.set(summary(usable.size(), broken.size(), checked));
    }

    static String summary(int usable, int broken, boolean checked) {
        String packsText = usable == 0 ? "No model packs can be used" : usable == 1 ? "1 pack can be used" : usable + " packs can be used";
        String brokenText = broken == 0 ? "" : " \u00b7 " + broken + " cannot";
        String how = checked ? " (each one loaded and run once)" : usable == 0 && broken == 0 ? "" : " (listed, not run: Check runs them)";
        return packsText + brokenText + how;
    }
}
