package org.postlens.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.evaluate.Breakdown;
import org.postlens.app.evaluate.ConfusionMatrix;
import org.postlens.app.evaluate.EvaluationCsv;
import org.postlens.app.evaluate.EvaluationFigures;
import org.postlens.app.evaluate.EvaluationHtmlReport;
import org.postlens.app.evaluate.EvaluationJson;
import org.postlens.app.evaluate.EvaluationResult;
import org.postlens.app.evaluate.EvaluationService;
import org.postlens.app.evaluate.GroupEvaluation;
import org.postlens.app.store.Project;
import org.postlens.resources.TaskDefinitions;
import org.postlens.runtime.eval.LabelScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postlens evaluate PROJECT --task T}: a model run of the project measured against its human labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Measure a model run of the project against the gold labels of its task's schema (an "
                + "adjudication, else the label all annotators agree on): accuracy, micro/macro/weighted F1, per-label "
                + "precision, recall and F1, the confusion matrix, and all of it by language, platform and import file.",
                "A table, then one JSON object on the last line. Posts the run did not reach and posts whose annotators "
                        + "disagree are counted, not measured."})
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens).")
    Path projectFile;

    @Option(names = "--task", required = true, paramLabel = "T", description = "The task (e.g. sentiment, stance:abortion).")
    String task;

    @Option(names = "--run", paramLabel = "RUN", description = "The run id (default: the latest completed run of the task).")
    Long runId;

    @Option(names = "--schema", paramLabel = "S", description = "The label schema (default: the one of the task).")
    String schemaName;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report with its charts.")
    Path html;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the per-label report as CSV, and the "
            + "confusion matrix beside it (FILE without .csv, then .confusion.csv).")
    Path csv;

    @Option(names = "--json", description = "Print only the JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        EvaluationResult result;
        try (Project project = ProjectArgument.openExisting(projectFile)) {
            try {
                result = new EvaluationService(project, new LabelSchemas(project, TaskDefinitions.shipped()))
                        .evaluate(task, runId, schemaName);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
        }
        if (html != null) {
            Files.writeString(html, EvaluationHtmlReport.render(result), StandardCharsets.UTF_8);
        }
        if (csv != null) {
            EvaluationCsv.write(result, csv);
        }
        if (!json) {
            out.print(table(result));
        }
        out.println(EvaluationJson.write(result));
        out.flush();
        return ExitCodes.OK;
    }

    static String table(EvaluationResult result) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%s, task %s, against schema %s%n", result.subject().run(), result.subject().task(),
                result.subject().schema()));
        text.append(String.format("%,d posts with a gold label: %,d measured, %,d without a prediction; "
                + "%,d more annotated posts without a gold label (disagreement)%n", result.posts(), result.measured(),
                result.withoutPrediction(), result.subject().goldLeftOut()));
        EvaluationFigures overall = result.overall();
        text.append(String.format("%naccuracy     %s%nmicro_f1     %s%nmacro_f1     %s%nweighted_f1  %s%n",
                figure(overall.accuracy()), figure(overall.microF1()), figure(overall.macroF1()), figure(overall.weightedF1())));
        int width = Math.max(5, result.labels().stream().mapToInt(String::length).max().orElse(5));
        text.append(String.format("%n%-" + width + "s  precision  recall  f1      support%n", "label"));
        for (LabelScores scores : overall.perLabel()) {
            text.append(String.format("%-" + width + "s  %-9s  %-6s  %-6s  %7d%n", scores.label(), figure(scores.precision()),
                    figure(scores.recall()), figure(scores.f1()), scores.support()));
        }
        if (!result.unseenLabels().isEmpty()) {
            text.append("not in gold labels nor predictions: ").append(String.join(", ", result.unseenLabels())).append('\n');
        }
        ConfusionMatrix confusion = overall.confusion();
        if (confusion != null && !confusion.labels().isEmpty()) {
            text.append(String.format("%nconfusion (rows gold, columns predicted)%n%-" + width + "s", ""));
            confusion.labels().forEach(label -> text.append(String.format("  %8s", abbreviated(label))));
            text.append('\n');
            for (int gold = 0; gold < confusion.labels().size(); gold++) {
                text.append(String.format("%-" + width + "s", confusion.labels().get(gold)));
                for (int predicted = 0; predicted < confusion.labels().size(); predicted++) {
                    text.append(String.format("  %8d", confusion.count(gold, predicted)));
                }
                text.append('\n');
            }
        }
        for (Breakdown breakdown : result.breakdowns()) {
            int groupWidth = Math.max(breakdown.dimension().length(),
                    breakdown.groups().stream().mapToInt(group -> group.group().length()).max().orElse(0));
            text.append(String.format("%n%-" + groupWidth + "s  posts  no prediction  accuracy  macro_f1%n", breakdown.dimension()));
            for (GroupEvaluation group : breakdown.groups()) {
                text.append(String.format("%-" + groupWidth + "s  %5d  %13d  %-8s  %s%n", group.group(), group.posts(),
                        group.withoutPrediction(), figure(group.figures().accuracy()), figure(group.figures().macroF1())));
            }
        }
        return text.toString();
    }

    private static String abbreviated(String label) {
        return label.length() <= 8 ? label : label.substring(0, 7) + "…";
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }
}
