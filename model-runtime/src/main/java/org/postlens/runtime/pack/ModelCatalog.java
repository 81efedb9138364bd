package org.postlens.runtime.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The model packs found under several roots: first the packs shipped with the app, then the user's
 * folders ({@code --models DIR}). Each sub-folder holding a {@code serving.properties} or a
 * {@code model-card.json} is a pack, as is a root that holds one itself. When two packs share an id the
 * later root wins, so a user can replace a shipped pack. A broken pack is listed with its error and
 * never stops the others from loading.
 */
public final class ModelCatalog {

    /** One pack folder: either a usable pack or the reason it is not. */
    public record Entry(String id, Path folder, Origin origin, ModelPack pack, String error) {

        public boolean valid() {
            return pack != null;
        }
    }

    public enum Origin { SHIPPED, USER }

    private final Map<String, Entry> entries;

    private ModelCatalog(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /**
     * @param shippedRoots folders of packs shipped with the app (see {@link ShippedPacks} for packs inside a jar)
     * @param userRoots folders the user pointed the app at; their packs replace shipped ones of the same id
     */
    public static ModelCatalog scan(List<Path> shippedRoots, List<Path> userRoots, ModelPackLoader loader) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Path root : shippedRoots) {
            scanRoot(root, Origin.SHIPPED, loader, entries);
        }
        for (Path root : userRoots) {
            scanRoot(root, Origin.USER, loader, entries);
        }
        return new ModelCatalog(entries);
    }

    /** Every pack, valid or not, sorted by id. */
    public List<Entry> entries() {
        return entries.values().stream().sorted(Comparator.comparing(Entry::id)).toList();
    }

    /** The usable packs, sorted by id. */
    public List<ModelPack> packs() {
        return entries().stream().filter(Entry::valid).map(Entry::pack).toList();
    }

    public List<Entry> invalid() {
        return entries().stream().filter(entry -> !entry.valid()).toList();
    }

    public Optional<ModelPack> pack(String id) {
        Entry entry = entries.get(id);
        return entry == null || !entry.valid() ? Optional.empty() : Optional.of(entry.pack());
    }

    /** The usable packs for a task, e.g. "sentiment". */
    public List<ModelPack> packsFor(String task) {
        return packs().stream().filter(pack -> pack.task().equals(task)).toList();
    }

    private static void scanRoot(Path root, Origin origin, ModelPackLoader loader, Map<String, Entry> into) {
        Path dir = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
            into.put(name, new Entry(name, dir, origin, null, "models folder " + dir + " does not exist"));
            return;
        }
        List<Path> folders;
        try {
            folders = packFolders(dir);
        } catch (IOException e) {
            into.put(dir.getFileName().toString(), new Entry(dir.getFileName().toString(), dir, origin, null,
                    "models folder " + dir + " cannot be listed: " + e.getMessage()));
            return;
        }
        for (Path folder : folders) {
            Entry entry = load(folder, origin, loader);
            into.remove(entry.id()); // re-inserted last, so a replacement sits where its root's packs are
            into.put(entry.id(), entry);
        }
    }

    private static Entry load(Path folder, Origin origin, ModelPackLoader loader) {
        try {
            ModelPack pack = loader.load(folder);
            return new Entry(pack.id(), folder, origin, pack, null);
        } catch (InvalidModelPackException e) {
            return new Entry(e.packId(), folder, origin, null, e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            // an engine's native library failing must not take the whole catalog down
            String id = folder.getFileName().toString();
            return new Entry(id, folder, origin, null, "pack '" + id + "': " + e);
        }
    }

    private static List<Path> packFolders(Path root) throws IOException {
        if (looksLikePack(root)) {
            return List.of(root);
        }
        try (Stream<Path> children = Files.list(root)) {
            List<Path> folders = new ArrayList<>();
            children.filter(Files::isDirectory).filter(ModelCatalog::looksLikePack).sorted().forEach(folders::add);
            return folders;
        }
    }

    private static boolean looksLikePack(Path folder) {
        return Files.isRegularFile(folder.resolve(ModelPackLoader.SERVING_PROPERTIES))
                || Files.isRegularFile(folder.resolve(ModelCard.FILE_NAME));
    }
}
