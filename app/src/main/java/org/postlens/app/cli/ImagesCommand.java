package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.postlens.app.domain.MediaRef;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.SimilarImage;
import org.postlens.app.domain.StoredImageFacts;
import org.postlens.app.media.ImageFactsBackfill;
import org.postlens.app.media.PerceptualHash;
import org.postlens.app.media.ReusedImages;
import org.postlens.app.store.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code postlens images PROJECT}: the images' metadata, or where else an image appears; one JSON object. Reads the
 * images not read yet first (projects made before Postlens read image metadata).
 */
@Command(name = "images", mixinStandardHelpOptions = true,
        description = {"Image metadata and re-used images; prints one JSON object.",
                "Without options: how many images, with GPS, cameras and software named.",
                "--similar-to SHA256 or --post ID: where else the image (each image of the post) appears.",
                "--show SHA256: every metadata tag of one image.",
                "Reads the metadata and fingerprints of images that lack them first (older projects)."})
public final class ImagesCommand implements Callable<Integer> {

    static final class Query {
        @Option(names = "--similar-to", paramLabel = "SHA256", required = true,
                description = "An image, by the SHA-256 of its bytes (as `images --post` and exports show).")
        String sha256;

        @Option(names = "--post", paramLabel = "ID", required = true, description = "A post id, as imported.")
        String postId;

        @Option(names = "--show", paramLabel = "SHA256", required = true, description = "An image whose tags to list.")
        String show;
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens).")
    Path projectFile;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Query query;

    @Option(names = "--platform", paramLabel = "NAME", defaultValue = "",
            description = "The platform of the --post id, when the project mixes platforms.")
    String platform;

    @Option(names = "--threshold", paramLabel = "BITS", defaultValue = "" + PerceptualHash.DEFAULT_MAX_DISTANCE,
            description = "Images whose fingerprints differ in at most this many of 64 bits match (default: ${DEFAULT-VALUE}).")
    int threshold;

    @Override
    public Integer call() throws Exception {
        if (threshold < 0 || threshold > 32) {
            throw new UserError("--threshold must be 0 to 32 bits, not " + threshold);
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode result = mapper.createObjectNode();
        try (Project project = ProjectArgument.openExisting(projectFile);
             CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            ImageFactsBackfill.Report read = ImageFacts.readMissing(project, spec.commandLine().getErr(), interrupt.token());
            if (read.cancelled()) {
                throw new UserError("Interrupted while reading images; run the command again to go on.");
            }
            if (query == null) {
                summary(project, result);
            } else if (query.show != null) {
                show(project, query.show, result);
            } else {
                ReusedImages reused = new ReusedImages(project);
                result.put("algorithm", PerceptualHash.DEFAULT.name());
                result.put("threshold", threshold);
                ArrayNode images = result.putArray("images");
                for (String sha256 : queryImages(project)) {
                    ObjectNode image = images.addObject();
                    image.put("image", sha256);
                    ArrayNode matches = image.putArray("matches");
                    for (SimilarImage similar : reused.similarTo(sha256, threshold)) {
                        ObjectNode match = matches.addObject();
                        match.put("image", similar.sha256());
                        match.put("distance", similar.distance());
                        match.set("posts", ImageFacts.posts(mapper, similar.posts()));
                    }
                }
            }
        }
        spec.commandLine().getOut().println(mapper.writeValueAsString(result));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private List<String> queryImages(Project project) {
        if (query.sha256 != null) {
            String sha256 = query.sha256.strip().toLowerCase(java.util.Locale.ROOT);
            if (project.media().find(sha256).isEmpty()) {
                throw new UserError("No image with SHA-256 " + sha256 + " in " + projectFile.getFileName());
            }
            return List.of(sha256);
        }
        Post post = project.posts().findBySourceId(platform, query.postId)
                .orElseThrow(() -> new UserError("No post with id " + query.postId
                        + (platform.isEmpty() ? "" : " on " + platform) + " in " + projectFile.getFileName()));
        List<String> images = post.media().stream().map(MediaRef::sha256).filter(java.util.Objects::nonNull).toList();
        if (images.isEmpty()) {
            throw new UserError("Post " + query.postId + " has no stored image.");
        }
        return images;
    }

    private static void summary(Project project, ObjectNode result) {
        result.put("images", project.stats().media());
        result.put("with_gps", project.images().countWithGps());
        result.put("with_problems", project.images().countWithProblems());
        ObjectNode cameras = result.putObject("cameras");
        project.images().cameras().forEach(cameras::put);
        ObjectNode software = result.putObject("software");
        project.images().software().forEach(software::put);
    }

    private void show(Project project, String sha256, ObjectNode result) {
        StoredImageFacts facts = project.images().find(sha256.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UserError("No image with SHA-256 " + sha256 + " in " + projectFile.getFileName()));
        result.put("image", facts.sha256());
        result.put("camera", facts.metadata().camera());
        result.put("software", facts.metadata().software());
        result.put("taken_at", facts.metadata().takenAt());
        result.put("gps", facts.metadata().gpsText());
        result.put("problem", facts.problem());
        ArrayNode tags = result.putArray("tags");
        for (var tag : facts.metadata().tags()) {
            tags.addObject().put("directory", tag.directory()).put("name", tag.name()).put("value", tag.value());
        }
    }

}
