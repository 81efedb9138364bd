package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.store.Project;
import org.postlens.app.store.ProjectStats;
import org.postlens.app.store.SqlitePostLinkRepository;
import org.postlens.app.store.SqlitePostRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postlens info PROJECT}: the project's headline counts as one JSON object. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print a project's counts (posts, media, accounts, import problems, languages) as one JSON object.")
public final class InfoCommand implements Callable<Integer> {

    /** Key under which posts without a known language are counted (BCP 47 "undetermined"). */
    static final String UNKNOWN_LANGUAGE_KEY = "und";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens).")
    Path projectFile;

    @Override
    public Integer call() throws Exception {
        try (Project project = ProjectArgument.openExisting(projectFile)) {
            ProjectStats stats = project.stats();
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode info = mapper.createObjectNode();
            info.put("file", project.file().toString());
            info.put("format_version", Project.formatVersion());
            info.put("posts", stats.posts());
            info.put("media", stats.media());
            info.put("accounts", stats.accounts());
            info.put("import_errors", stats.importErrors());
            info.put("import_warnings", stats.importWarnings());
            info.put("import_sources", stats.importSources());
            SqlitePostLinkRepository.LinkCounts linkCounts = project.links().counts();
            ObjectNode links = info.putObject("links");
            linkCounts.byKind().forEach((kind, count) -> links.put(kind.code(), count));
            links.put("resolved", linkCounts.resolved());
            ObjectNode languages = info.putObject("languages");
            for (String lang : project.posts().languages()) {
                languages.put(lang, project.posts().count(PostQuery.all().withLang(lang)));
            }
            long unknown = project.posts().count(PostQuery.all().withLang(SqlitePostRepository.UNKNOWN_LANGUAGE));
            if (unknown > 0) {
                languages.put(UNKNOWN_LANGUAGE_KEY, unknown);
            }
            spec.commandLine().getOut().println(mapper.writeValueAsString(info));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
