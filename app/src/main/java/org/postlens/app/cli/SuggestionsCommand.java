package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.LabelSuggestion;
import org.postlens.app.domain.Post;
import org.postlens.app.store.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postlens suggestions PROJECT --schema S}: lists, accepts or rejects suggested labels, headless. */
@Command(name = "suggestions", mixinStandardHelpOptions = true,
        description = {"List the pending label suggestions of a schema, or accept or reject them; prints one JSON object.",
                "An accepted suggestion becomes the annotator's label (origin PROPAGATION); a rejected one is not"
                        + " suggested again."})
public final class SuggestionsCommand implements Callable<Integer> {

    static final class Decision {
        @Option(names = "--accept", paramLabel = "ID", arity = "1..*", description = "Accept these suggestions (ids as listed).")
        List<Long> accept;

        @Option(names = "--reject", paramLabel = "ID", arity = "1..*", description = "Reject these suggestions.")
        List<Long> reject;

        @Option(names = "--accept-all-from", paramLabel = "POST",
                description = "Accept every pending suggestion that comes from this labelled post (its id as imported).")
        String acceptAllFrom;
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens).")
    Path projectFile;

    @Option(names = "--schema", paramLabel = "NAME", required = true, description = "The label schema, e.g. verdict.")
    String schemaName;

    @ArgGroup(exclusive = true)
    Decision decision;

    @Option(names = "--platform", paramLabel = "NAME", defaultValue = "",
            description = "The platform of the --accept-all-from post, when the project mixes platforms.")
    String platform;

    @Option(names = "--annotator", paramLabel = "NAME",
            description = "Who decides: accepted labels are stored under this name (default: your user name).")
    String annotator;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "List at most N pending suggestions (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (limit <= 0) {
            throw new UserError("--limit must be 1 or more, not " + limit);
        }
        String by = annotator == null ? SchemaArgument.defaultAnnotator() : annotator;
        ObjectNode result = new ObjectMapper().createObjectNode();
        try (Project project = ProjectArgument.openExisting(projectFile)) {
            LabelSchema schema = SchemaArgument.require(project, schemaName);
            result.put("schema", schema.name());
            if (decision != null) {
                result.put("annotator", by);
                List<Long> accept = new ArrayList<>(decision.accept == null ? List.of() : decision.accept);
                if (decision.acceptAllFrom != null) {
                    Post source = SchemaArgument.post(project, platform, decision.acceptAllFrom);
                    project.labelSuggestions().pendingFrom(schema.id(), source.id())
                            .forEach(suggestion -> accept.add(suggestion.id()));
                }
                List<Long> reject = decision.reject == null ? List.of() : decision.reject;
                for (long id : accept) {
                    decide(() -> project.labelSuggestions().accept(schema, id, by));
                }
                for (long id : reject) {
                    decide(() -> project.labelSuggestions().reject(id, by));
                }
                result.put("accepted", accept.size());
                result.put("rejected", reject.size());
            }
            result.put("pending", project.labelSuggestions().countPending(schema.id()));
            if (decision == null) {
                ArrayNode rows = result.putArray("suggestions");
                for (LabelSuggestion suggestion : project.labelSuggestions().pending(schema.id(), 0, limit)) {
                    ObjectNode row = rows.addObject();
                    row.put("id", suggestion.id());
                    row.put("post", SchemaArgument.sourceId(project, suggestion.postId()));
                    ArrayNode labels = row.putArray("labels");
                    suggestion.labels().forEach(labels::add);
                    row.put("source_post", SchemaArgument.sourceId(project, suggestion.sourcePostId()));
                    row.put("reason", suggestion.reason());
                    if (suggestion.similarity() != null) {
                        row.put("similarity", Math.round(suggestion.similarity() * 10_000) / 10_000.0);
                    }
                    row.put("for", suggestion.suggestedBy());
                    row.put("text", project.posts().find(suggestion.postId()).map(Post::text).orElse(null));
                }
            }
        }
        spec.commandLine().getOut().println(result);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static void decide(Runnable decision) {
        try {
            decision.run();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new UserError(e.getMessage() + ".", e);
        }
    }
}
