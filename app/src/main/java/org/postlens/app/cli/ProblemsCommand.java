package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.postlens.app.domain.ImportProblem;
import org.postlens.app.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postlens problems PROJECT}: the rows an import rejected or imported with warnings. */
@Command(name = "problems", mixinStandardHelpOptions = true,
        description = "List the problems recorded by imports: rejected records and warnings, in file order.")
public final class ProblemsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens).")
    Path projectFile;

    @Option(names = "--source", paramLabel = "N",
            description = "Only the problems of import number N (as listed by 'postlens info'/import output).")
    Long source;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "At most N problems (default: ${DEFAULT-VALUE}; 0 for all).")
    int limit;

    @Option(names = "--json", description = "One JSON object per line instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new UserError("--limit must be 0 or more, not " + limit);
        }
        try (Project project = ProjectArgument.openExisting(projectFile)) {
            long total = project.imports().problemCount(source);
            int wanted = limit == 0 ? (int) Math.min(Integer.MAX_VALUE, total) : limit;
            List<ImportProblem> problems = project.imports().problems(source, 0, wanted);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                printJson(out, problems);
            } else {
                printTable(out, problems, total);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static void printJson(PrintWriter out, List<ImportProblem> problems) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (ImportProblem problem : problems) {
            ObjectNode row = mapper.createObjectNode();
            row.put("file", problem.file());
            row.put("record", problem.recordNumber());
            row.put("line", problem.line());
            row.put("severity", problem.severity().name());
            row.put("reason", problem.reason());
            row.put("excerpt", problem.excerpt());
            out.println(mapper.writeValueAsString(row));
        }
    }

    private static void printTable(PrintWriter out, List<ImportProblem> problems, long total) {
        if (problems.isEmpty()) {
            out.println("No import problems recorded.");
            return;
        }
        out.printf("%-24s %8s %8s %-8s %s%n", "FILE", "RECORD", "LINE", "SEVERITY", "REASON — EXCERPT");
        for (ImportProblem problem : problems) {
            out.printf("%-24s %8d %8d %-8s %s — %s%n", shorten(problem.file(), 24), problem.recordNumber(),
                    problem.line(), problem.severity() == ImportProblem.Severity.REJECTED ? "rejected" : "warning",
                    problem.reason(), shorten(problem.excerpt(), 80));
        }
        if (total > problems.size()) {
            out.printf("(%,d of %,d shown; use --limit 0 for all, --json for machine-readable output)%n",
                    problems.size(), total);
        }
    }

    static String shorten(String text, int length) {
        if (text == null) {
            return "";
        }
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
