package org.postlens.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.postlens.app.domain.Media;

/**
 * The images of an export: each stored image written once as {@code <sha256>.<ext>} into a staging folder,
 * then moved beside the output file when the export completes. Names are content hashes, so merging into
 * a folder left by an earlier export of the same name never mixes up images.
 */
final class MediaFolder implements AutoCloseable {

    private static final Map<String, String> EXTENSIONS = Map.of(
            "image/png", "png", "image/jpeg", "jpg", "image/gif", "gif", "image/webp", "webp",
            "image/bmp", "bmp", "image/tiff", "tif", "image/avif", "avif", "image/heic", "heic");

    private final Path target;
    private final Path staging;
    private final Function<String, Optional<Media>> store;
    private final Set<String> written = new HashSet<>();

    /**
     * @param target  final folder, e.g. {@code out_media}
     * @param staging a folder beside it that does not exist yet
     * @param store   looks up an image by SHA-256
     */
    MediaFolder(Path target, Path staging, Function<String, Optional<Media>> store) {
        this.target = target;
        this.staging = staging;
        this.store = store;
    }

    /** The path, relative to the output file, of the stored image; writes it on first use. */
    Optional<String> relativePath(String sha256, String mime) throws IOException {
        String fileName = sha256 + "." + extension(mime);
        if (!written.contains(sha256)) {
            Optional<Media> media = store.apply(sha256);
            if (media.isEmpty()) {
                return Optional.empty();
            }
            Files.createDirectories(staging);
            Files.write(staging.resolve(fileName), media.get().bytes());
            written.add(sha256);
        }
        return Optional.of(target.getFileName() + "/" + fileName);
    }

    long imagesWritten() {
        return written.size();
    }

    /** Moves the staged images into the target folder; returns it, or {@code null} when there were none. */
    Path publish() throws IOException {
        if (written.isEmpty()) {
            return null;
        }
        if (!Files.exists(target)) {
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                return target;
            } catch (IOException e) {
                // Fall through: move file by file.
            }
        }
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(staging)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.deleteIfExists(staging);
        return target;
    }

    /** Removes whatever is still staged (after a cancel or failure). */
    @Override
    public void close() throws IOException {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> files = Files.list(staging)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(staging);
    }

    static String extension(String mime) {
        if (mime == null) {
            return "bin";
        }
        return EXTENSIONS.getOrDefault(mime.toLowerCase(Locale.ROOT), "bin");
    }
}
