package org.postlens.runtime.pack;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns a classpath folder of packs (e.g. {@code postlens/packs} in the resources module) into a folder
 * on disk for {@link ModelCatalog}. A folder on the classpath as a directory (an IDE or Maven run) is used
 * in place; one inside a jar is copied out under {@code extractDir}, because native engines and the
 * tokenizer library read real files. Copies are refreshed when their size differs; the sha256 in each
 * model card still guards the model file.
 */
public final class ShippedPacks {

    /** Where the app's own packs sit on the classpath (the resources module). */
    public static final String RESOURCE_FOLDER = "postlens/packs";

    /**
     * System property: {@code none} hides the shipped packs, so that only a user's packs are listed and run (the
     * tests of user packs set it: their summaries and lists would otherwise hold the 22 shipped packs too).
     */
    public static final String HIDE_PROPERTY = "postlens.shippedPacks";

    private ShippedPacks() {}

    /** The folder holding the shipped packs, or empty when the classpath has no such folder. */
    public static List<Path> locate(ClassLoader classLoader, String resourceFolder, Path extractDir) throws IOException {
        if ("none".equals(System.getProperty(HIDE_PROPERTY))) {
            return List.of();
        }
        URL url = classLoader.getResource(resourceFolder);
        if (url == null) {
            return List.of();
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("unreadable classpath location " + url, e);
        }
        if ("file".equals(uri.getScheme())) {
            return List.of(Path.of(uri));
        }
        if (!"jar".equals(uri.getScheme())) {
            throw new IOException("packs at " + uri + " are neither in a folder nor in a jar");
        }
        // jar:file:/…/resources.jar!/postlens/packs, opened privately so as not to close anyone else's view
        String location = uri.getSchemeSpecificPart();
        int separator = location.indexOf("!/");
        Path jarFile = Path.of(URI.create(location.substring(0, separator)));
        Path target = extractDir.resolve(resourceFolder).toAbsolutePath().normalize();
        try (FileSystem jar = FileSystems.newFileSystem(jarFile, (ClassLoader) null)) {
            copyTree(jar.getPath(location.substring(separator + 1)), target);
        }
        return List.of(target);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else if (!Files.exists(destination) || Files.size(destination) != Files.size(file)) {
                    Files.createDirectories(destination.getParent());
                    Path partial = destination.resolveSibling(destination.getFileName() + ".part");
                    Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }
}
