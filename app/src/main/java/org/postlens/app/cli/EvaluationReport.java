package org.postlens.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.postlens.app.training.Evaluation;
import org.postlens.runtime.eval.ClassificationMetrics;
import org.postlens.runtime.eval.LabelScores;

/** An {@link Evaluation} as a table for people and as one JSON object for scripts. */
final class EvaluationReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvaluationReport() {
    }

    static String table(Evaluation evaluation) {
        ClassificationMetrics metrics = evaluation.metrics();
        StringBuilder text = new StringBuilder();
        text.append(String.format("%s (%s, %s) on %s%n", evaluation.packId(), evaluation.task(), evaluation.language(),
                evaluation.dataName()));
        text.append(String.format("%s, %,d examples%s%n", evaluation.split(), metrics.examples(),
                evaluation.rowsLeftOut() == 0 ? "" : String.format(" (%,d unreadable rows left out)", evaluation.rowsLeftOut())));
        text.append(String.format("%n%-12s %.4f   (the task's metric)%n", evaluation.metric(), evaluation.value()));
        for (Map.Entry<String, Double> figure : metrics.summary(null).entrySet()) {
            if (figure.getKey().equals(evaluation.metric())) {
                continue;
            }
            text.append(String.format("%-12s %.4f%n", figure.getKey(), figure.getValue()));
        }
        if (evaluation.reference() != null) {
            text.append(String.format("published on the test split (%s):", evaluation.reference().source()));
            evaluation.reference().figures().forEach((system, value) -> text.append(String.format(" %s %.3f", system, value)));
            text.append('\n');
        }
        int width = Math.max(5, metrics.labels().stream().mapToInt(String::length).max().orElse(5));
        text.append(String.format("%n%-" + width + "s  precision  recall      f1  support%n", "label"));
        for (LabelScores scores : metrics.perLabel()) {
            text.append(String.format("%-" + width + "s  %9.4f  %6.4f  %6.4f  %7d%n", scores.label(), scores.precision(),
                    scores.recall(), scores.f1(), scores.support()));
        }
        return text.toString();
    }

    static String json(Evaluation evaluation) throws JsonProcessingException {
        ClassificationMetrics metrics = evaluation.metrics();
        ObjectNode root = JSON.createObjectNode();
        root.put("pack", evaluation.packId());
        root.put("task", evaluation.task());
        root.put("language", evaluation.language());
        root.put("data", evaluation.dataName());
        root.put("split", evaluation.split());
        root.put("examples", metrics.examples());
        root.put("rows_left_out", evaluation.rowsLeftOut());
        root.put("metric", evaluation.metric());
        root.put("value", rounded(evaluation.value()));
        metrics.summary(null).forEach((name, value) -> root.put(name, rounded(value)));
        ObjectNode perLabel = root.putObject("per_label");
        for (LabelScores scores : metrics.perLabel()) {
            ObjectNode one = perLabel.putObject(scores.label());
            one.put("precision", rounded(scores.precision()));
            one.put("recall", rounded(scores.recall()));
            one.put("f1", rounded(scores.f1()));
            one.put("support", scores.support());
        }
        if (evaluation.reference() != null) {
            ObjectNode reference = root.putObject("reference_test");
            reference.put("source", evaluation.reference().source());
            evaluation.reference().figures().forEach(reference::put);
        }
        return JSON.writeValueAsString(root);
    }

    private static double rounded(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
