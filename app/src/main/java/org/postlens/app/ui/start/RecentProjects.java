package org.postlens.app.ui.start;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The projects opened lately, newest first, kept as a JSON list of paths in
 * {@code AppDirectories.recentProjectsFile()}. A damaged file is treated as empty: losing the list must never
 * stop the app from starting.
 */
public final class RecentProjects {

    public static final int MAX_ENTRIES = 12;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public RecentProjects(Path file) {
        this.file = file;
    }

    public List<Path> load() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<String> paths = JSON.readValue(file.toFile(), new TypeReference<List<String>>() { });
            return paths.stream().filter(p -> p != null && !p.isBlank()).map(Path::of).distinct().toList();
        } catch (IOException | RuntimeException damaged) {
            return List.of();
        }
    }

    /** Moves {@code project} to the top of the list. */
    public List<Path> remember(Path project) {
        List<Path> entries = new ArrayList<>(load());
        Path absolute = project.toAbsolutePath().normalize();
        entries.remove(absolute);
        entries.add(0, absolute);
        return save(entries.size() > MAX_ENTRIES ? entries.subList(0, MAX_ENTRIES) : entries);
    }

    public List<Path> forget(Path project) {
        List<Path> entries = new ArrayList<>(load());
        entries.remove(project);
        entries.remove(project.toAbsolutePath().normalize());
        return save(entries);
    }

    private List<Path> save(List<Path> entries) {
        List<Path> copy = List.copyOf(entries);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temp.toFile(), copy.stream().map(Path::toString).toList());
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The list is a convenience; failing to save it must not fail opening a project.
        }
        return copy;
    }
}
