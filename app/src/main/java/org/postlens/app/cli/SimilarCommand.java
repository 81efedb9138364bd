package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.postlens.app.domain.Post;
import org.postlens.app.embed.MissingEmbeddingsException;
import org.postlens.app.embed.ProjectVectors;
import org.postlens.app.embed.SimilarPost;
import org.postlens.app.embed.SimilarPosts;
import org.postlens.app.store.Project;
import org.postlens.runtime.TextEncoder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postlens similar PROJECT --post ID | --text TEXT}: posts like this one, as one JSON object. */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = {"Find the posts closest in meaning to a post or to a text; prints one JSON object.",
                "Needs the posts embedded first (postlens embed PROJECT)."})
public final class SimilarCommand implements Callable<Integer>, UsesModels {

    static final class Query {
        @Option(names = "--post", paramLabel = "ID", required = true, description = "A post id, as imported.")
        String postId;

        @Option(names = "--text", paramLabel = "TEXT", required = true, description = "Any text.")
        String text;
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens).")
    Path projectFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Query query;

    @Option(names = "--platform", paramLabel = "NAME", defaultValue = "",
            description = "The platform of the --post id, when the project mixes platforms.")
    String platform;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "At most N posts (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    EncoderOptions encoderOptions;

    @Override
    public Integer call() throws Exception {
        if (limit <= 0) {
            throw new UserError("--limit must be 1 or more, not " + limit);
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode result = mapper.createObjectNode();
        try (Project project = ProjectArgument.openExisting(projectFile)) {
            List<SimilarPost> similar;
            try {
                similar = query.postId != null ? likePost(project, result) : likeText(project, result);
            } catch (MissingEmbeddingsException e) {
                throw Embeddings.missing(projectFile, e);
            }
            ArrayNode results = result.putArray("results");
            for (SimilarPost post : similar) {
                ObjectNode row = results.addObject();
                row.put("id", post.post().sourceId());
                if (!post.post().platform().isEmpty()) {
                    row.put("platform", post.post().platform());
                }
                row.put("score", Math.round(post.score() * 10_000) / 10_000.0);
                row.put("text", post.post().text());
            }
        }
        spec.commandLine().getOut().println(mapper.writeValueAsString(result));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private List<SimilarPost> likePost(Project project, ObjectNode result) {
        Post post = project.posts().findBySourceId(platform, query.postId)
                .orElseThrow(() -> new UserError("No post with id " + query.postId
                        + (platform.isEmpty() ? "" : " on " + platform) + " in " + projectFile + "."));
        ObjectNode about = result.putObject("query");
        about.put("post", post.sourceId());
        if (!post.platform().isEmpty()) {
            about.put("platform", post.platform());
        }
        about.put("text", post.text());
        String model = ProjectVectors.latestModel(project);
        result.put("model", model);
        return new SimilarPosts(project, model).likePost(post.id(), limit)
                .orElseThrow(() -> new UserError("Post " + query.postId + " has no text embedding: it has no text, it is not"
                        + " in English (the only language the shipped encoder reads), or it was added since the last"
                        + " embedding: run `postlens embed " + projectFile + "`."));
    }

    private List<SimilarPost> likeText(Project project, ObjectNode result) {
        result.putObject("query").put("text", query.text);
        try (TextEncoder encoder = encoderOptions.open()) {
            result.put("model", encoder.model().id());
            return new SimilarPosts(project, encoder.model().id()).likeText(encoder, query.text, limit);
        }
    }
}
