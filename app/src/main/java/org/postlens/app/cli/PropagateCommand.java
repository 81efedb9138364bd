package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.postlens.app.annotate.LabelPropagation;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.Post;
import org.postlens.app.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postlens propagate PROJECT --schema S [--post ID]}: label suggestions for near-duplicates of labelled posts. */
@Command(name = "propagate", mixinStandardHelpOptions = true,
        description = {"Suggest a labelled post's label for its near-duplicates (near-identical text, same picture).",
                "Suggestions are only proposals: review them with `postlens suggestions` or in the app.",
                "Without --post, every post with an agreed label in the schema is propagated."})
public final class PropagateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens).")
    Path projectFile;

    @Option(names = "--schema", paramLabel = "NAME", required = true, description = "The label schema, e.g. verdict.")
    String schemaName;

    @Option(names = "--post", paramLabel = "ID", description = "Only this labelled post (its id as imported).")
    String postId;

    @Option(names = "--platform", paramLabel = "NAME", defaultValue = "",
            description = "The platform of the --post id, when the project mixes platforms.")
    String platform;

    @Option(names = "--annotator", paramLabel = "NAME",
            description = "Whom the suggestions are for: posts they labelled get none (default: your user name).")
    String annotator;

    @Option(names = "--json", description = "Print the counts as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        String forWhom = annotator == null ? SchemaArgument.defaultAnnotator() : annotator;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Project project = ProjectArgument.openExisting(projectFile);
             CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            LabelSchema schema = SchemaArgument.require(project, schemaName);
            LabelPropagation propagation = new LabelPropagation(project);
            LabelPropagation.Outcome outcome;
            if (postId != null) {
                Post post = SchemaArgument.post(project, platform, postId);
                try {
                    outcome = propagation.suggestFor(schema, post.id(), forWhom);
                } catch (IllegalArgumentException e) {
                    throw new UserError("Post " + postId + " has no agreed label in '" + schema.name()
                            + "' to propagate: label it (or adjudicate it) first.", e);
                }
            } else {
                outcome = propagation.suggestAll(schema, forWhom,
                        TerminalProgress.onTerminal(err, "posts"), interrupt.token());
            }
            if (!outcome.notice().isEmpty()) {
                err.println("The project has no text embeddings, so only images were compared: run `postlens embed "
                        + projectFile + "` (Analyse \u25B8 Embed posts) first to find near-identical texts too.");
            }
            if (json) {
                out.println(json(schema, forWhom, outcome, project.labelSuggestions().countPending(schema.id())));
            } else {
                out.printf("%,d labelled post%s: %,d near-identical text%s, %,d post%s with the same picture;"
                                + " %,d new suggestion%s for %s (%,d pending in '%s').%n",
                        outcome.sourcePosts(), plural(outcome.sourcePosts()), outcome.textMatches(),
                        plural(outcome.textMatches()), outcome.imageMatches(), plural(outcome.imageMatches()),
                        outcome.created().size(), plural(outcome.created().size()), forWhom,
                        project.labelSuggestions().countPending(schema.id()), schema.name());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    static String json(LabelSchema schema, String annotator, LabelPropagation.Outcome outcome, long pending) {
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("schema", schema.name());
        json.put("annotator", annotator);
        json.put("source_posts", outcome.sourcePosts());
        json.put("text_matches", outcome.textMatches());
        json.put("image_matches", outcome.imageMatches());
        json.put("suggested", outcome.created().size());
        json.put("pending", pending);
        json.put("text_compared", outcome.notice().isEmpty());
        return json.toString();
    }
}
