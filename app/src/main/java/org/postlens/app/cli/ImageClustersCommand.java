package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.postlens.app.domain.ImageCluster;
import org.postlens.app.media.ImageFactsBackfill;
import org.postlens.app.media.PerceptualHash;
import org.postlens.app.media.ReusedImages;
import org.postlens.app.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postlens image-clusters PROJECT}: re-used images across posts, each with its first-seen post; one JSON object. */
@Command(name = "image-clusters", mixinStandardHelpOptions = true,
        description = {"Group near-identical images (re-posted, rescaled, recompressed, cropped, framed, captioned)",
                "across posts, each group with the post that showed it first; prints one JSON object.",
                "Reads the metadata and fingerprints of images that lack them first (older projects)."})
public final class ImageClustersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens).")
    Path projectFile;

    @Option(names = "--threshold", paramLabel = "BITS", defaultValue = "" + PerceptualHash.DEFAULT_MAX_DISTANCE,
            description = "Images whose fingerprints differ in at most this many of 64 bits match (default: ${DEFAULT-VALUE}).")
    int threshold;

    @Option(names = "--min-posts", paramLabel = "N", defaultValue = "2",
            description = "Only clusters shown by at least N posts (default: ${DEFAULT-VALUE}).")
    int minPosts;

    @Override
    public Integer call() throws Exception {
        if (threshold < 0 || threshold > 32) {
            throw new UserError("--threshold must be 0 to 32 bits, not " + threshold);
        }
        if (minPosts < 2) {
            throw new UserError("--min-posts must be 2 or more, not " + minPosts);
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode result = mapper.createObjectNode();
        try (Project project = ProjectArgument.openExisting(projectFile);
             CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            ImageFactsBackfill.Report read = ImageFacts.readMissing(project, spec.commandLine().getErr(), interrupt.token());
            if (read.cancelled()) {
                throw new UserError("Interrupted while reading images; run the command again to go on.");
            }
            result.put("algorithm", PerceptualHash.DEFAULT.name());
            result.put("threshold", threshold);
            result.put("min_posts", minPosts);
            ArrayNode clusters = result.putArray("clusters");
            for (ImageCluster cluster : new ReusedImages(project).clusters(threshold, minPosts, interrupt.token())) {
                ObjectNode node = clusters.addObject();
                node.put("posts", cluster.posts().size());
                node.put("first_seen", cluster.firstSeen().sourceId());
                node.put("first_time", cluster.firstTime() == null ? null : cluster.firstTime().toString());
                node.put("first_image", cluster.firstImage());
                ArrayNode images = node.putArray("images");
                cluster.images().forEach(images::add);
                node.set("members", ImageFacts.posts(mapper, cluster.posts()));
            }
        }
        spec.commandLine().getOut().println(mapper.writeValueAsString(result));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
