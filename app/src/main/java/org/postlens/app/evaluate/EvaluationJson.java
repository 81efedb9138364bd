package org.postlens.app.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.postlens.runtime.eval.LabelScores;

/**
 * An evaluation as one JSON object (the {@code evaluate} command's last line and the JSON export). Figures are
 * rounded to 4 decimals like the {@code eval} command's; a figure that is undefined (no post measured) is null.
 */
public final class EvaluationJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvaluationJson() {
    }

    public static String write(EvaluationResult result) {
        try {
            return JSON.writeValueAsString(tree(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an evaluation always serialises", e);
        }
    }

    public static ObjectNode tree(EvaluationResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("task", result.subject().task());
        root.put("schema", result.subject().schema());
        root.put("run", result.subject().run());
        root.put("multi_label", result.multiLabel());
        root.put("posts", result.posts());
        root.put("measured", result.measured());
        root.put("without_prediction", result.withoutPrediction());
        root.put("gold_left_out", result.subject().goldLeftOut());
        ArrayNode labels = root.putArray("labels");
        result.labels().forEach(labels::add);
        ArrayNode unseen = root.putArray("unseen_labels");
        result.unseenLabels().forEach(unseen::add);
        putFigures(root, result.overall());
        for (Breakdown breakdown : result.breakdowns()) {
            ArrayNode groups = root.putArray("by_" + breakdown.dimension());
            for (GroupEvaluation group : breakdown.groups()) {
                ObjectNode node = groups.addObject();
                node.put("group", group.group());
                node.put("posts", group.posts());
                node.put("without_prediction", group.withoutPrediction());
                putFigures(node, group.figures());
            }
        }
        return root;
    }

    private static void putFigures(ObjectNode node, EvaluationFigures figures) {
        node.put("examples", figures.examples());
        put(node, "accuracy", figures.accuracy());
        put(node, "micro_f1", figures.microF1());
        put(node, "macro_f1", figures.macroF1());
        put(node, "weighted_f1", figures.weightedF1());
        put(node, "macro_precision", figures.macroPrecision());
        put(node, "macro_recall", figures.macroRecall());
        ObjectNode perLabel = node.putObject("per_label");
        for (LabelScores scores : figures.perLabel()) {
            ObjectNode one = perLabel.putObject(scores.label());
            put(one, "precision", scores.precision());
            put(one, "recall", scores.recall());
            put(one, "f1", scores.f1());
            one.put("support", scores.support());
        }
        if (figures.confusion() != null) {
            ObjectNode confusion = node.putObject("confusion");
            ArrayNode labels = confusion.putArray("labels");
            figures.confusion().labels().forEach(labels::add);
            ArrayNode rows = confusion.putArray("counts");
            for (int[] row : figures.confusion().counts()) {
                ArrayNode cells = rows.addArray();
                for (int count : row) {
                    cells.add(count);
                }
            }
        }
    }

    private static void put(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, Math.round(value * 10_000) / 10_000.0);
        }
    }
}
