package org.postlens.app.ingest;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Named field mappings kept as JSON files in one directory, reusable across projects. File names are the
 * URL-encoded preset names, so any name (Arabic included) maps to a safe, reversible file name.
 */
public final class MappingPresets {

    private static final String EXTENSION = ".json";

    private final Path directory;

    public MappingPresets(Path directory) {
        this.directory = directory;
    }

    public void save(String name, FieldMapping mapping) throws IOException {
        Path target = fileFor(name);
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".preset-", ".tmp");
        try {
            Files.writeString(temporary, mapping.toJson(), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public Optional<FieldMapping> load(String name) throws IOException {
        Path file = fileFor(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(FieldMapping.fromJson(Files.readString(file, StandardCharsets.UTF_8)));
    }

    /** Preset names, sorted. */
    public List<String> names() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.map(file -> file.getFileName().toString())
                    .filter(fileName -> fileName.endsWith(EXTENSION) && !fileName.startsWith("."))
                    .map(fileName -> URLDecoder.decode(
                            fileName.substring(0, fileName.length() - EXTENSION.length()), StandardCharsets.UTF_8))
                    .sorted()
                    .forEach(names::add);
        }
        return names;
    }

    private Path fileFor(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a preset needs a name");
        }
        // '*' and a leading '.' survive URL encoding but are unsafe or hidden as file names
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("*", "%2A");
        if (encoded.startsWith(".")) {
            encoded = "%2E" + encoded.substring(1);
        }
        return directory.resolve(encoded + EXTENSION);
    }
}
