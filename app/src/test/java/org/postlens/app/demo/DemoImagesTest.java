package org.postlens.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.resources.DemoData;

class DemoImagesTest {

    private static Map<String, byte[]> encoded;
    private static final Map<String, BufferedImage> decoded = new HashMap<>();

    @BeforeAll
    static void renderOnce() throws IOException {
        encoded = DemoImages.encodeAll();
        for (Map.Entry<String, byte[]> entry : encoded.entrySet()) {
            decoded.put(entry.getKey(), ImageIO.read(new ByteArrayInputStream(entry.getValue())));
        }
    }

    @Test
    void runsHeadless() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    @Test
    void drawsExactlyTheListedImages() {
        List<String> listed = DemoData.imageNames().stream().map(n -> n.substring("images/".length())).toList();
        assertThat(encoded.keySet()).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(listed).hasSizeBetween(20, 30);
    }

    @Test
    void everyImageDecodesAtItsDeclaredSize() {
        for (DemoImages.Spec spec : DemoImages.catalogue()) {
            BufferedImage image = decoded.get(spec.name());
            assertThat(image).as(spec.name()).isNotNull();
            assertThat(image.getWidth()).as(spec.name()).isEqualTo(spec.width()).isBetween(640, 1280);
            assertThat(image.getHeight()).as(spec.name()).isEqualTo(spec.height()).isBetween(480, 720);
        }
    }

    @Test
    void renderingIsDeterministic() throws IOException {
        Map<String, byte[]> again = DemoImages.encodeAll();
        for (String name : encoded.keySet()) {
            assertThat(again.get(name)).as(name).isEqualTo(encoded.get(name));
        }
    }

    @Test
    void variantsLookLikeTheirSourceAndUnlikeOtherImages() {
        List<DemoImages.Spec> specs = DemoImages.catalogue();
        assertThat(specs).filteredOn(DemoImages.Spec::isVariant).hasSizeGreaterThanOrEqualTo(4);
        for (DemoImages.Spec variant : specs) {
            if (!variant.isVariant()) {
                continue;
            }
            GreyThumbnail thumbnail = GreyThumbnail.of(decoded.get(variant.name()));
            double toSource = thumbnail.distanceTo(GreyThumbnail.of(decoded.get(variant.variantOf())));
            // Grey levels 0-255; unrelated pictures are 13+ apart, even the ones drawn by the same scene renderer.
            assertThat(toSource).as(variant.name() + " against its source").isLessThan(12);
            for (DemoImages.Spec other : specs) {
                if (other.isVariant() || other.name().equals(variant.variantOf())) {
                    continue;
                }
                double toOther = thumbnail.distanceTo(GreyThumbnail.of(decoded.get(other.name())));
                assertThat(toOther).as(variant.name() + " against " + other.name()).isGreaterThan(toSource * 1.3);
            }
        }
    }

    @Test
    void writeAllPutsOneFilePerImage(@TempDir Path dir) throws IOException {
        Path images = dir.resolve("images");
        DemoImages.writeAll(images);
        for (Map.Entry<String, byte[]> entry : encoded.entrySet()) {
            assertThat(Files.readAllBytes(images.resolve(entry.getKey()))).as(entry.getKey()).isEqualTo(entry.getValue());
        }
        try (var files = Files.list(images)) {
            assertThat(files.count()).isEqualTo(encoded.size());
        }
    }
}
