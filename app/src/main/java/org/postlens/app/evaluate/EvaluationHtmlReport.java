package org.postlens.app.evaluate;

import java.util.List;
import java.util.Locale;
import org.postlens.runtime.eval.LabelScores;

/**
 * An evaluation as one self-contained HTML file: no script, no external style sheet or font, so it opens offline
 * and can be mailed or archived as it is. The summary, the per-label table with an F1 bar chart, the confusion
 * matrix as a table and as an SVG heat map, and the breakdowns. The markup is well-formed XML (XHTML syntax), and
 * every name in it (labels, run, schema, groups) is escaped.
 */
public final class EvaluationHtmlReport {

    static final int CELL = 46;
    private static final int CHAR_WIDTH = 7;

    private EvaluationHtmlReport() {
    }

    public static String render(EvaluationResult result) {
        EvaluationSubject subject = result.subject();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>Evaluation of ").append(escape(subject.run())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>Evaluation of ").append(escape(subject.run())).append("</h1>\n");
        html.append("<p>Task <b>").append(escape(subject.task())).append("</b> against the gold labels of schema <b>")
                .append(escape(subject.schema())).append("</b>").append(result.multiLabel() ? " (multi-label)" : "")
                .append(".</p>\n");

        html.append("<h2>Summary</h2>\n<table class=\"summary\">\n");
        summaryRow(html, "posts with a gold label", Integer.toString(result.posts()));
        summaryRow(html, "measured (with a prediction)", Integer.toString(result.measured()));
        summaryRow(html, "without a prediction (left out)", Integer.toString(result.withoutPrediction()));
        summaryRow(html, "annotated but no gold label (disagreement)", Integer.toString(subject.goldLeftOut()));
        EvaluationFigures overall = result.overall();
        summaryRow(html, result.multiLabel() ? "accuracy (exact label set)" : "accuracy", number(overall.accuracy()));
        summaryRow(html, "micro F1", number(overall.microF1()));
        summaryRow(html, "macro F1", number(overall.macroF1()));
        summaryRow(html, "weighted F1", number(overall.weightedF1()));
        summaryRow(html, "macro precision", number(overall.macroPrecision()));
        summaryRow(html, "macro recall", number(overall.macroRecall()));
        html.append("</table>\n");
        if (!result.unseenLabels().isEmpty()) {
            html.append("<p class=\"note\">Labels of the schema that occur neither in the gold labels nor in the "
                    + "predictions, left out of the averages: ").append(escape(String.join(", ", result.unseenLabels())))
                    .append(".</p>\n");
        }

        html.append("<h2>Per label</h2>\n");
        perLabelTable(html, overall.perLabel());
        f1Chart(html, overall.perLabel());

        html.append("<h2>Confusion matrix</h2>\n");
        if (overall.confusion() == null) {
            html.append("<p class=\"note\">A multi-label schema has no confusion matrix: see the per-label table.</p>\n");
        } else if (overall.confusion().labels().isEmpty()) {
            html.append("<p class=\"note\">No post was measured.</p>\n");
        } else {
            confusionTable(html, overall.confusion());
            heatMap(html, overall.confusion());
        }

        for (Breakdown breakdown : result.breakdowns()) {
            html.append("<h2>By ").append(escape(breakdown.dimension())).append("</h2>\n");
            breakdownTable(html, breakdown);
        }
        html.append("<p class=\"note\">Macro averages run over the labels that occur among the measured posts' gold "
                + "labels or predictions; a ratio with nothing to divide by is 0, as in scikit-learn.</p>\n");
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void summaryRow(StringBuilder html, String name, String value) {
        html.append("<tr><th>").append(escape(name)).append("</th><td>").append(value).append("</td></tr>\n");
    }

    private static void perLabelTable(StringBuilder html, List<LabelScores> perLabel) {
        html.append("<table class=\"figures\">\n<tr><th>label</th><th>precision</th><th>recall</th><th>F1</th>"
                + "<th>support</th></tr>\n");
        for (LabelScores scores : perLabel) {
            html.append("<tr><td>").append(escape(scores.label())).append("</td><td>").append(number(scores.precision()))
                    .append("</td><td>").append(number(scores.recall())).append("</td><td>").append(number(scores.f1()))
                    .append("</td><td>").append(scores.support()).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void f1Chart(StringBuilder html, List<LabelScores> perLabel) {
        if (perLabel.isEmpty()) {
            return;
        }
        int left = labelWidth(perLabel.stream().map(LabelScores::label).toList());
        int barWidth = 300;
        int row = 22;
        int height = perLabel.size() * row + 10;
        html.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(left + barWidth + 60)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"F1 per label\">\n");
        for (int i = 0; i < perLabel.size(); i++) {
            LabelScores scores = perLabel.get(i);
            int y = 5 + i * row;
            html.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(escape(scores.label())).append("</text>");
            html.append("<rect x=\"").append(left).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(Math.round(scores.f1() * barWidth)).append("\" height=\"").append(row - 6)
                    .append("\" fill=\"#3b6fb6\"/>");
            html.append("<text x=\"").append(left + Math.round(scores.f1() * barWidth) + 4).append("\" y=\"").append(y + 15)
                    .append("\">").append(number(scores.f1())).append("</text>\n");
        }
        html.append("</svg>\n");
    }

    private static void confusionTable(StringBuilder html, ConfusionMatrix confusion) {
        List<String> labels = confusion.labels();
        html.append("<table class=\"confusion\">\n<tr><th>gold \\ predicted</th>");
        labels.forEach(label -> html.append("<th>").append(escape(label)).append("</th>"));
        html.append("<th>total</th></tr>\n");
        for (int gold = 0; gold < labels.size(); gold++) {
            html.append("<tr><th>").append(escape(labels.get(gold))).append("</th>");
            for (int predicted = 0; predicted < labels.size(); predicted++) {
                html.append("<td").append(gold == predicted ? " class=\"diagonal\"" : "").append(">")
                        .append(confusion.count(gold, predicted)).append("</td>");
            }
            html.append("<td>").append(confusion.rowTotal(gold)).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** Each cell's colour is the share of its gold row, so a rare label's mistakes show as clearly as a common one's. */
    private static void heatMap(StringBuilder html, ConfusionMatrix confusion) {
        List<String> labels = confusion.labels();
        int size = labels.size();
        int left = labelWidth(labels) + 24;
        int top = labelWidth(labels) + 24;
        int width = left + size * CELL + labelWidth(labels);
        int height = top + size * CELL + 10;
        html.append("<svg class=\"heatmap\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"Confusion matrix heat map, rows gold, columns predicted\">\n");
        html.append("<text x=\"").append(left + size * CELL / 2).append("\" y=\"14\" text-anchor=\"middle\" "
                + "class=\"axis\">predicted</text>\n");
        html.append("<text text-anchor=\"middle\" class=\"axis\" transform=\"translate(14 ").append(top + size * CELL / 2)
                .append(") rotate(-90)\">gold</text>\n");
        for (int i = 0; i < size; i++) {
            int columnX = left + i * CELL + CELL / 2;
            html.append("<text transform=\"translate(").append(columnX).append(' ').append(top - 6).append(") rotate(-45)\">")
                    .append(escape(labels.get(i))).append("</text>\n");
            html.append("<text x=\"").append(left - 6).append("\" y=\"").append(top + i * CELL + CELL / 2 + 4)
                    .append("\" text-anchor=\"end\">").append(escape(labels.get(i))).append("</text>\n");
        }
        for (int gold = 0; gold < size; gold++) {
            for (int predicted = 0; predicted < size; predicted++) {
                double share = confusion.rowShare(gold, predicted);
                int x = left + predicted * CELL;
                int y = top + gold * CELL;
                html.append("<g><title>").append(escape(labels.get(gold))).append(" predicted as ")
                        .append(escape(labels.get(predicted))).append(": ").append(confusion.count(gold, predicted))
                        .append(String.format(Locale.ROOT, " (%.0f%% of the row)", share * 100)).append("</title>");
                html.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(CELL)
                        .append("\" height=\"").append(CELL).append("\" fill=\"").append(colour(share))
                        .append("\" stroke=\"#ffffff\"/>");
                html.append("<text x=\"").append(x + CELL / 2).append("\" y=\"").append(y + CELL / 2 + 4)
                        .append("\" text-anchor=\"middle\" fill=\"").append(share > 0.5 ? "#ffffff" : "#1a1a1a").append("\">")
                        .append(confusion.count(gold, predicted)).append("</text></g>\n");
            }
        }
        html.append("</svg>\n");
    }

    private static void breakdownTable(StringBuilder html, Breakdown breakdown) {
        html.append("<table class=\"figures\">\n<tr><th>").append(escape(breakdown.dimension()))
                .append("</th><th>posts</th><th>without prediction</th><th>accuracy</th><th>micro F1</th>"
                        + "<th>macro F1</th><th>weighted F1</th></tr>\n");
        for (GroupEvaluation group : breakdown.groups()) {
            EvaluationFigures figures = group.figures();
            html.append("<tr><td>").append(escape(group.group())).append("</td><td>").append(group.posts())
                    .append("</td><td>").append(group.withoutPrediction()).append("</td><td>").append(number(figures.accuracy()))
                    .append("</td><td>").append(number(figures.microF1())).append("</td><td>").append(number(figures.macroF1()))
                    .append("</td><td>").append(number(figures.weightedF1())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** From near white (share 0) to dark blue (share 1). */
    static String colour(double share) {
        double s = Math.max(0, Math.min(1, share));
        int red = (int) Math.round(247 + (8 - 247) * s);
        int green = (int) Math.round(251 + (48 - 251) * s);
        int blue = (int) Math.round(255 + (107 - 255) * s);
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    private static int labelWidth(List<String> labels) {
        int longest = labels.stream().mapToInt(String::length).max().orElse(1);
        return Math.min(220, Math.max(40, longest * CHAR_WIDTH));
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.4f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // characters XML 1.0 forbids (controls other than tab and line breaks) would break the file
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        escaped.append('\uFFFD');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; margin: 2em; color: #1a1a1a; }
            h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.6em; }
            table { border-collapse: collapse; margin: 0.5em 0; }
            th, td { border: 1px solid #d0d0d0; padding: 0.25em 0.6em; text-align: right; }
            th:first-child, td:first-child { text-align: left; }
            table.summary th { text-align: left; font-weight: normal; }
            td.diagonal { background: #e8f0fb; font-weight: bold; }
            .note { color: #555555; font-size: 0.9em; }
            svg text { font-size: 12px; font-family: inherit; }
            svg text.axis { font-weight: bold; }
            """;
}
