package org.postlens.runtime.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedPacksTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void offline() {
        OfflineDjl.configure();
    }

    @Test
    void packsInsideAJarAreCopiedOutAndLoad() throws Exception {
        Path packs = temp.resolve("src/postlens/packs");
        new TestPackBuilder(packs, "sentiment-en").write();
        Path jar = temp.resolve("resources.jar");
        zip(temp.resolve("src"), jar);

        try (URLClassLoader classLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<Path> roots = ShippedPacks.locate(classLoader, "postlens/packs", temp.resolve("data/packs"));

            assertThat(roots).singleElement().isEqualTo(temp.resolve("data/packs/postlens/packs").toAbsolutePath());
            ModelCatalog catalog = ModelCatalog.scan(roots, List.of(), new ModelPackLoader());
            assertThat(catalog.packs()).extracting(ModelPack::id).containsExactly("sentiment-en");
            assertThat(catalog.entries()).singleElement().extracting(ModelCatalog.Entry::origin).isEqualTo(ModelCatalog.Origin.SHIPPED);
        }
    }

    @Test
    void aClasspathDirectoryIsUsedInPlace() throws Exception {
        Path classes = temp.resolve("classes");
        Path packs = Files.createDirectories(classes.resolve("postlens/packs"));
        try (URLClassLoader classLoader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertThat(ShippedPacks.locate(classLoader, "postlens/packs", temp.resolve("unused"))).containsExactly(packs);
            assertThat(ShippedPacks.locate(classLoader, "postlens/none", temp.resolve("unused"))).isEmpty();
        }
    }

    private static void zip(Path source, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out);
                Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = source.relativize(file).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(file)) {
                    zip.putNextEntry(new ZipEntry(name + "/"));
                } else {
                    zip.putNextEntry(new ZipEntry(name));
                    Files.copy(file, zip);
                }
                zip.closeEntry();
            }
        }
    }
}
