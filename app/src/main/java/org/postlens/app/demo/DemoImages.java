package org.postlens.app.demo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.postlens.resources.DemoData;

/**
 * Draws the pictures the demo posts refer to (the names in {@code demo/images.txt}), so that no photograph
 * has to be shipped. Rendering uses fixed seeds and plain java.awt, so it works headless and gives the same
 * bytes on every run on the same JDK.
 */
public final class DemoImages {

    /** Where image paths in the demo posts start: they are relative to the demo folder. */
    static final String FOLDER_PREFIX = "images/";

    /**
     * One image: a base picture, or a re-shared variant of another ({@code variantOf}) made by {@code edit} and
     * then scaled to the declared size.
     */
    record Spec(String name, int width, int height, String variantOf, Supplier<BufferedImage> base,
                UnaryOperator<BufferedImage> edit, float jpegQuality) {

        boolean isVariant() {
            return variantOf != null;
        }
    }

    private static final List<Spec> CATALOGUE = List.of(
            base("flood-street-01.png", 960, 720,
                    () -> StreetScenes.floodedStreet(960, 720, 101, StreetScenes.Light.MORNING, false, false)),
            base("flood-street-02.png", 960, 720,
                    () -> StreetScenes.floodedStreet(960, 720, 202, StreetScenes.Light.OVERCAST, false, true)),
            base("flood-street-03.png", 960, 720,
                    () -> StreetScenes.floodedStreet(960, 720, 303, StreetScenes.Light.SUNNY, false, false)),
            variant("flood-street-01-reshared.jpg", "flood-street-01.png", 800, 600, UnaryOperator.identity(), 0.6f),
            base("flood-street-archive.png", 960, 720,
                    () -> StreetScenes.floodedStreet(960, 720, 2019, StreetScenes.Light.FADED, true, false)),
            variant("flood-street-archive-captioned.jpg", "flood-street-archive.png", 960, 720,
                    image -> ImageVariants.captioned(ImageVariants.cropped(image, 0.05, 0.1, 0.1),
                            "MARALTA RIGHT NOW", new Color(200, 20, 30)), 0.7f),
            base("water-level-chart-01.png", 1280, 720,
                    () -> InfoGraphics.waterLevelChart(1280, 720, 7, "Selun River at Tamar Bridge: water level, 2-8 March", 11,
                            InfoGraphics.ChartStyle.REPORT)),
            base("water-level-chart-02.png", 1280, 720,
                    () -> InfoGraphics.waterLevelChart(1280, 720, 5, "SELUN AT TAMAR BRIDGE  LIVE GAUGE", 22,
                            InfoGraphics.ChartStyle.DASHBOARD)),
            variant("water-level-chart-01-cropped.png", "water-level-chart-01.png", 1200, 675,
                    image -> ImageVariants.cropped(image, 0.06, 0.5, 0.2), 0f),
            base("evacuation-route-01.png", 800, 600,
                    () -> Notices.evacuationRoute(800, 600, "EASTGATE SCHOOL  1.2 km", true, 5)),
            base("evacuation-route-02.png", 800, 600,
                    () -> Notices.evacuationRoute(800, 600, "CIVIC HALL  800 m", false, 6)),
            base("map-maralta-flood-zone.png", 1280, 720, () -> InfoGraphics.cityMap(1280, 720, false)),
            base("map-maralta-shelters.png", 1280, 720, () -> InfoGraphics.cityMap(1280, 720, true)),
            base("breaking-news-dam-collapse.png", 1280, 720, () -> Notices.breakingNewsDamCollapse(1280, 720)),
            variant("breaking-news-dam-collapse-small.jpg", "breaking-news-dam-collapse.png", 854, 480,
                    UnaryOperator.identity(), 0.5f),
            base("dam-wall-01.png", 960, 720, () -> StreetScenes.damAtNight(960, 720)),
            base("rescue-boat-01.png", 960, 720, () -> StreetScenes.rescueBoat(960, 720, 404)),
            variant("rescue-boat-01-small.jpg", "rescue-boat-01.png", 640, 480, UnaryOperator.identity(), 0.7f),
            base("shelter-hall-01.png", 1024, 640, () -> StreetScenes.shelterHall(1024, 640)),
            base("rainfall-radar-01.png", 960, 720, () -> InfoGraphics.rainRadar(960, 720)),
            base("bridge-closed-01.png", 960, 720, () -> StreetScenes.closedBridge(960, 720)),
            base("miracle-tonic-ad.png", 1080, 720, () -> Notices.miracleTonicAd(1080, 720)),
            variant("miracle-tonic-ad-reshared.jpg", "miracle-tonic-ad.png", 960, 640,
                    image -> ImageVariants.cropped(image, 0.08, 0.3, 0.6), 0.45f),
            base("fact-check-dam-false.png", 1200, 630, () -> Notices.factCheckDamFalse(1200, 630)),
            base("volunteer-kitchen-01.png", 960, 720, () -> StreetScenes.volunteerKitchen(960, 720)));

    private DemoImages() {
    }

    /** Renders every demo image into {@code imagesDir} (created if needed), named as in {@code demo/images.txt}. */
    public static void writeAll(Path imagesDir) throws IOException {
        Files.createDirectories(imagesDir);
        for (Map.Entry<String, byte[]> image : encodeAll().entrySet()) {
            Files.write(imagesDir.resolve(image.getKey()), image.getValue());
        }
    }

    /** File name to encoded bytes, in catalogue order; checks the catalogue against {@code demo/images.txt}. */
    static Map<String, byte[]> encodeAll() throws IOException {
        requireCatalogueMatchesImageList();
        Map<String, BufferedImage> rendered = new HashMap<>();
        Map<String, byte[]> encoded = new LinkedHashMap<>();
        for (Spec spec : CATALOGUE) {
            BufferedImage image = render(spec, rendered);
            rendered.put(spec.name(), image);
            encoded.put(spec.name(), encode(image, spec));
        }
        return encoded;
    }

    static List<Spec> catalogue() {
        return CATALOGUE;
    }

    private static BufferedImage render(Spec spec, Map<String, BufferedImage> rendered) {
        if (!spec.isVariant()) {
            return spec.base().get();
        }
        BufferedImage source = rendered.get(spec.variantOf());
        if (source == null) {
            throw new IllegalStateException(spec.name() + " must come after " + spec.variantOf() + " in the catalogue");
        }
        BufferedImage edited = spec.edit().apply(source);
        return edited.getWidth() == spec.width() && edited.getHeight() == spec.height()
                ? edited
                : ImageVariants.rescaled(edited, spec.width(), spec.height());
    }

    private static byte[] encode(BufferedImage image, Spec spec) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (spec.name().endsWith(".png")) {
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(spec.jpegQuality());
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static void requireCatalogueMatchesImageList() {
        List<String> listed = DemoData.imageNames().stream()
                .map(name -> name.substring(FOLDER_PREFIX.length()))
                .sorted()
                .toList();
        List<String> drawn = CATALOGUE.stream().map(Spec::name).sorted().toList();
        if (!listed.equals(drawn)) {
            throw new IllegalStateException("demo/images.txt and DemoImages disagree: listed " + listed + ", drawn " + drawn);
        }
    }

    private static Spec base(String name, int width, int height, Supplier<BufferedImage> renderer) {
        return new Spec(name, width, height, null, renderer, null, 0f);
    }

    private static Spec variant(String name, String of, int width, int height, UnaryOperator<BufferedImage> edit,
                                float jpegQuality) {
        return new Spec(name, width, height, of, null, edit, jpegQuality);
    }
}
