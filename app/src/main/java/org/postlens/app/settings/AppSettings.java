package org.postlens.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.postlens.runtime.DevicePreference;

/**
 * The settings the app keeps across restarts, in {@code AppDirectories.settingsFile()}:
 * <pre>{"version": 1, "modelFolders": ["/home/me/packs"], "device": "auto", "annotator": "ana"}</pre>
 * Each change is written at once (a temp file moved over the old one). A missing or damaged file, or a value
 * this version does not know, gives the default for it: the settings must never stop the app from starting.
 * Thread-safe.
 */
public final class AppSettings {

    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private List<Path> modelFolders = List.of();
    private DevicePreference device = DevicePreference.AUTO;
    private String annotator = "";

    private AppSettings(Path file) {
        this.file = file;
    }

    /** Reads {@code file}; defaults for whatever is missing or unreadable. */
    public static AppSettings load(Path file) {
        AppSettings settings = new AppSettings(file);
        if (!Files.isRegularFile(file)) {
            return settings;
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException | RuntimeException damaged) {
            return settings;
        }
        if (root == null || !root.isObject()) {
            return settings;
        }
        List<Path> folders = new ArrayList<>();
        for (JsonNode folder : root.path("modelFolders")) {
            if (folder.isTextual() && !folder.asText().isBlank()) {
                try {
                    Path path = Path.of(folder.asText());
                    if (!folders.contains(path)) {
                        folders.add(path);
                    }
                } catch (RuntimeException notAPath) {
                    // skipped: one bad entry must not lose the others
                }
            }
        }
        settings.modelFolders = List.copyOf(folders);
        String device = root.path("device").asText("");
        for (DevicePreference preference : DevicePreference.values()) {
            if (preference.name().equalsIgnoreCase(device)) {
                settings.device = preference;
            }
        }
        settings.annotator = root.path("annotator").asText("").strip();
        return settings;
    }

    public Path file() {
        return file;
    }

    /** The folders the user added in Analyse ▸ Models (each one pack or a folder of packs), in the order added. */
    public synchronized List<Path> modelFolders() {
        return modelFolders;
    }

    public synchronized void setModelFolders(List<Path> folders) throws IOException {
        List<Path> previous = modelFolders;
        modelFolders = List.copyOf(folders.stream().distinct().toList());
        try {
            save();
        } catch (IOException e) {
            modelFolders = previous;
            throw e;
        }
    }

    /** The device chosen in Analyse ▸ Device. */
    public synchronized DevicePreference device() {
        return device;
    }

    public synchronized void setDevice(DevicePreference preference) throws IOException {
        DevicePreference previous = device;
        device = preference == null ? DevicePreference.AUTO : preference;
        try {
            save();
        } catch (IOException e) {
            device = previous;
            throw e;
        }
    }

    /** The name labels are given under (Annotate ▸ Label posts); empty until the user has given it. */
    public synchronized String annotator() {
        return annotator;
    }

    public synchronized void setAnnotator(String name) throws IOException {
        String previous = annotator;
        annotator = name == null ? "" : name.strip();
        try {
            save();
        } catch (IOException e) {
            annotator = previous;
            throw e;
        }
    }

    private void save() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        var folders = root.putArray("modelFolders");
        modelFolders.forEach(folder -> folders.add(folder.toString()));
        root.put("device", device.name().toLowerCase(Locale.ROOT));
        if (!annotator.isEmpty()) {
            root.put("annotator", annotator);
        }
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            JSON.writeValue(temp.toFile(), root);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
