package org.postlens.app.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postlens.runtime.eval.LabelScores;

/**
 * An evaluation as CSV for a spreadsheet: a report in scikit-learn's {@code classification_report} shape (a row
 * per label, then accuracy and the averages) for the whole run and for every group of every breakdown, and the
 * overall confusion matrix in a file of its own.
 */
public final class EvaluationCsv {

    public static final String ALL = "all";

    private EvaluationCsv() {
    }

    /**
     * Writes the report to {@code file} and, for a single-label schema, the confusion matrix next to it
     * ({@code name.confusion.csv}).
     *
     * @return the files written
     */
    public static List<Path> write(EvaluationResult result, Path file) throws IOException {
        List<Path> written = new ArrayList<>();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeReport(result, out);
        }
        written.add(file);
        if (result.overall().confusion() != null) {
            Path confusionFile = confusionFileFor(file);
            try (Writer out = Files.newBufferedWriter(confusionFile, StandardCharsets.UTF_8)) {
                writeConfusion(result.overall().confusion(), out);
            }
            written.add(confusionFile);
        }
        return written;
    }

    public static Path confusionFileFor(Path file) {
        String name = file.getFileName().toString();
        String stem = name.toLowerCase().endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return file.resolveSibling(stem + ".confusion.csv");
    }

    /** Columns: breakdown, group, label, precision, recall, f1, support (accuracy's value stands in f1). */
    public static void writeReport(EvaluationResult result, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord("breakdown", "group", "label", "precision", "recall", "f1", "support");
        rows(csv, ALL, ALL, result.overall());
        for (Breakdown breakdown : result.breakdowns()) {
            for (GroupEvaluation group : breakdown.groups()) {
                rows(csv, breakdown.dimension(), group.group(), group.figures());
            }
        }
        csv.flush();
    }

    /** Header: {@code gold \ predicted} and the labels; a row per gold label. */
    public static void writeConfusion(ConfusionMatrix confusion, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        List<String> header = new ArrayList<>();
        header.add("gold \\ predicted");
        header.addAll(confusion.labels());
        csv.printRecord(header);
        for (int gold = 0; gold < confusion.labels().size(); gold++) {
            List<Object> row = new ArrayList<>();
            row.add(confusion.labels().get(gold));
            for (int predicted = 0; predicted < confusion.labels().size(); predicted++) {
                row.add(confusion.count(gold, predicted));
            }
            csv.printRecord(row);
        }
        csv.flush();
    }

    private static void rows(CSVPrinter csv, String breakdown, String group, EvaluationFigures figures) throws IOException {
        for (LabelScores scores : figures.perLabel()) {
            csv.printRecord(breakdown, group, scores.label(), number(scores.precision()), number(scores.recall()),
                    number(scores.f1()), scores.support());
        }
        csv.printRecord(breakdown, group, "accuracy", "", "", number(figures.accuracy()), figures.examples());
        csv.printRecord(breakdown, group, "micro avg", "", "", number(figures.microF1()), figures.examples());
        csv.printRecord(breakdown, group, "macro avg", number(figures.macroPrecision()), number(figures.macroRecall()),
                number(figures.macroF1()), figures.examples());
        csv.printRecord(breakdown, group, "weighted avg", number(figures.weightedPrecision()),
                number(figures.weightedRecall()), number(figures.weightedF1()), figures.examples());
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
    }
}
