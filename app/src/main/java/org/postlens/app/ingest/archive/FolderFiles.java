package org.postlens.app.ingest.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** An export unpacked in a folder. Links that lead out of the folder are refused like {@code ..} names. */
final class FolderFiles implements ExportFiles {

    private final Path root;
    private final Path realRoot;

    FolderFiles(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
    }

    @Override
    public List<String> names() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public boolean exists(String name) throws UnsafeArchiveException {
        return Files.isRegularFile(resolve(name));
    }

    @Override
    public InputStream open(String name) throws IOException {
        Path file = resolve(name);
        if (!file.toRealPath().startsWith(realRoot)) {
            throw new UnsafeArchiveException("'" + name + "' leads out of the export folder (through a link); refused");
        }
        return Files.newInputStream(file);
    }

    @Override
    public long size(String name) throws IOException {
        return Files.size(resolve(name));
    }

    @Override
    public Path location() {
        return root;
    }

    private Path resolve(String name) throws UnsafeArchiveException {
        Path file = root.resolve(EntryNames.checked(name)).normalize();
        if (!file.startsWith(root)) {
            throw new UnsafeArchiveException("'" + name + "' would escape the export folder; refused");
        }
        return file;
    }

    @Override
    public void close() {
    }
}
