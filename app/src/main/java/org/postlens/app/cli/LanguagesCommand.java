package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.postlens.app.domain.LanguageCount;
import org.postlens.app.language.LanguageBackfill;
import org.postlens.app.language.PostLanguageDetector;
import org.postlens.app.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postlens languages PROJECT}: detects the languages still unknown, then prints posts per language. */
@Command(name = "languages", mixinStandardHelpOptions = true,
        description = {"Detect the language of every post that has none (projects imported before detection, or",
                "posts imported without a language column), then print the posts per language and source",
                "('data': from the imported file, 'detected': by Postlens) as one JSON object; unknown is 'und'.",
                "Safe to interrupt: running it again looks only at posts still unknown."})
public final class LanguagesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens).")
    Path projectFile;

    @Option(names = "--no-detect", description = "Only count; detect nothing.")
    boolean countOnly;

    @Override
    public Integer call() throws Exception {
        TerminalProgress progress = TerminalProgress.onTerminal(spec.commandLine().getErr(), "posts");
        try (Project project = ProjectArgument.openExisting(projectFile);
             CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
            LanguageBackfill.Result result = new LanguageBackfill.Result(0, 0);
            if (!countOnly) {
                try {
                    result = new LanguageBackfill(project, new PostLanguageDetector()).run(progress, interrupt.token());
                } finally {
                    progress.done();
                }
            }
            spec.commandLine().getOut().println(json(result, project.languages().counts()));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    static String json(LanguageBackfill.Result result, List<LanguageCount> counts) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        json.put("examined", result.examined());
        json.put("detected", result.detected());
        ObjectNode languages = json.putObject("languages");
        for (LanguageCount count : counts) {
            String key = count.lang() == null ? InfoCommand.UNKNOWN_LANGUAGE_KEY : count.lang();
            ObjectNode language = languages.has(key) ? (ObjectNode) languages.get(key) : languages.putObject(key);
            language.put("posts", language.path("posts").asLong() + count.posts());
            if (count.source() != null) {
                language.put(count.source().storedValue(), count.posts());
            }
        }
        return mapper.writeValueAsString(json);
    }
}
