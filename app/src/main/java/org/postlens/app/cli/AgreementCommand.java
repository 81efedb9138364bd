package org.postlens.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.postlens.app.annotate.AgreementJson;
import org.postlens.app.annotate.AgreementReport;
import org.postlens.app.annotate.AgreementService;
import org.postlens.app.annotate.LabelAgreement;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.annotate.MeasurementLevel;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.store.Project;
import org.postlens.resources.TaskDefinitions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postlens agreement PROJECT --schema S}: how well the annotators of a schema agree. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"How well the annotators of a label schema agree: Krippendorff's alpha (any number of annotators, "
                + "missing labels allowed) and, with exactly two annotators, Cohen's kappa; overall and per label (each "
                + "label as a yes/no question). A table, then one JSON object on the last line.",
                "A multi-label schema's overall figure is the mean over its labels. Undefined figures (no variation, "
                        + "nothing to compare) are null in JSON, with the reason."})
public final class AgreementCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.postlens).")
    Path projectFile;

    @Option(names = "--schema", required = true, paramLabel = "S", description = "The label schema (e.g. verdict, sentiment).")
    String schemaName;

    @Option(names = "--ordinal", description = "Overall alpha on an ordinal scale (the schema's label order; for a "
            + "verdict schema without 'unverifiable', which is left out as missing).")
    boolean ordinal;

    @Option(names = "--scale", split = ",", paramLabel = "LABEL", description = "With --ordinal: the labels in rank order.")
    List<String> scale;

    @Option(names = "--json", description = "Print only the JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Project project = ProjectArgument.openExisting(projectFile)) {
            AgreementReport report;
            try {
                LabelSchema schema = new LabelSchemas(project, TaskDefinitions.shipped()).require(schemaName);
                AgreementService service = new AgreementService(project);
                MeasurementLevel level = ordinal ? MeasurementLevel.ORDINAL : MeasurementLevel.NOMINAL;
                report = scale == null ? service.measure(schema, level) : service.measure(schema, level, scale);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
            if (!json) {
                out.print(table(schemaName, report));
            }
            out.println(AgreementJson.write(schemaName, report));
            out.flush();
            return ExitCodes.OK;
        }
    }

    static String table(String schema, AgreementReport report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("schema %s (%s), %d annotators%s%n", schema, report.multiLabel() ? "multi-label" : "single-label",
                report.annotators().size(), report.annotators().isEmpty() ? "" : ": " + String.join(", ", report.annotators())));
        text.append(String.format("%,d posts annotated, %,d of them by at least two annotators%n%n", report.units(),
                report.pairableUnits()));
        text.append(String.format("alpha  %-7s %s%n", figure(report.alpha()), report.alphaNote()));
        text.append(String.format("kappa  %-7s %s%n", figure(report.kappa()), report.kappaNote()));
        int width = Math.max(5, report.perLabel().stream().mapToInt(label -> label.label().length()).max().orElse(5));
        text.append(String.format("%n%-" + width + "s  alpha    kappa%n", "label"));
        for (LabelAgreement label : report.perLabel()) {
            text.append(String.format("%-" + width + "s  %-7s  %s%n", label.label(), figure(label.alpha().alpha()),
                    label.kappa() == null ? "" : figure(label.kappa().kappa())));
        }
        return text.toString();
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }
}
