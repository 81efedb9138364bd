package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.postlens.app.domain.Post;
import org.postlens.app.embed.DuplicateCluster;
import org.postlens.app.embed.MissingEmbeddingsException;
import org.postlens.app.embed.NearDuplicateClusters;
import org.postlens.app.embed.ProjectVectors;
import org.postlens.app.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postlens clusters PROJECT}: groups of near-identical posts, as one JSON object. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = {"Group posts with near-identical text (copy-paste campaigns, reposts); prints one JSON object.",
                "Needs the posts embedded first (postlens embed PROJECT)."})
public final class ClustersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens).")
    Path projectFile;

    @Option(names = "--threshold", paramLabel = "COSINE", defaultValue = "" + NearDuplicateClusters.DEFAULT_THRESHOLD,
            description = "Posts at least this similar (0-1] are grouped (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--min-size", paramLabel = "N", defaultValue = "2",
            description = "Only clusters of at least N posts (default: ${DEFAULT-VALUE}).")
    int minSize;

    @Override
    public Integer call() throws Exception {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new UserError("--threshold must be over 0 and at most 1, not " + threshold);
        }
        if (minSize < 2) {
            throw new UserError("--min-size must be 2 or more, not " + minSize);
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode result = mapper.createObjectNode();
        try (Project project = ProjectArgument.openExisting(projectFile);
             CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            List<DuplicateCluster> clusters;
            try {
                String model = ProjectVectors.latestModel(project);
                result.put("model", model);
                clusters = new NearDuplicateClusters(project).find(model, threshold, minSize, interrupt.token());
            } catch (MissingEmbeddingsException e) {
                throw Embeddings.missing(projectFile, e);
            }
            result.put("threshold", threshold);
            result.put("min_size", minSize);
            ArrayNode array = result.putArray("clusters");
            for (DuplicateCluster cluster : clusters) {
                array.add(json(mapper, cluster));
            }
        }
        spec.commandLine().getOut().println(mapper.writeValueAsString(result));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static ObjectNode json(ObjectMapper mapper, DuplicateCluster cluster) {
        ObjectNode node = mapper.createObjectNode();
        node.put("size", cluster.size());
        node.put("first_seen", cluster.firstSeen().sourceId());
        node.put("first_time", time(cluster.firstTime()));
        node.put("last_time", time(cluster.lastTime()));
        node.put("text", cluster.firstSeen().text());
        ArrayNode authors = node.putArray("authors");
        cluster.authors().forEach(authors::add);
        ArrayNode members = node.putArray("members");
        for (Post post : cluster.members()) {
            members.add(post.sourceId());
        }
        return node;
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
