package org.postlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.postlens.app.training.MultiTaskDataSets;
import org.postlens.runtime.multitask.PackTask;

/**
 * The multi-task pack's validation figure per task beside the shipped pack's figures for the same task by family
 * (n-gram, frozen-encoder head, both: from its card, on the task's own validation split) and the published
 * FastText and RoBERTa-base figures (test splits), as a Markdown table for the multi-task card, and TweetEval's
 * mean over emotion, hate, irony, offensive, sentiment and stance (the five stance targets averaged first).
 */
final class MultiTaskComparison {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHIPPED_CARDS = "postlens/packs/";
    /** TweetEval's tasks in the published RoBERTa-base mean of 66.9 (emoji left out), by our task names. */
    static final List<String> TWEETEVAL_SIX = List.of("emotion", "hate", "sarcasm", "offensive", "sentiment", "stance");
    private static final List<String> FAMILIES = List.of("ENCODER_HEAD", "NGRAM", "COMBINED");

    /** What the shipped pack of one task reports. */
    record Shipped(Map<String, Double> families, Double fastText, Double roberta) {
        static final Shipped NONE = new Shipped(Map.of(), null, null);
    }

    private MultiTaskComparison() {}

    static Shipped shipped(String taskName) {
        String id = MultiTaskDataSets.shippedPackId(taskName);
        try (InputStream in = MultiTaskComparison.class.getClassLoader().getResourceAsStream(SHIPPED_CARDS + id + "/model-card.json")) {
            if (in == null) {
                return Shipped.NONE;
            }
            JsonNode card = JSON.readTree(in);
            Map<String, Double> families = new LinkedHashMap<>();
            card.path("familiesTried").fields().forEachRemaining(f -> families.put(f.getKey(), f.getValue().asDouble()));
            JsonNode reference = card.path("reference");
            return new Shipped(families, number(reference.path("fasttext")), number(reference.path("roberta_base")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped card of " + id, e);
        }
    }

    /** The table, then the TweetEval mean of the multi-task pack and of the best frozen-head figures. */
    static String markdown(List<PackTask> tasks) {
        StringBuilder table = new StringBuilder("\n## Beside the shipped packs\n\nValidation figures of this pack and of each "
                + "task's shipped pack by family (on the task's validation split; this pack's is capped at the run's "
                + "validation cap), and the published test-split figures (compare roughly). **Bold**: this pack beats the "
                + "frozen-encoder head.\n\n| task | metric | multi-task (fine-tuned) | frozen-encoder head | n-gram | "
                + "combined | FastText (test) | RoBERTa-base (test) |\n|---|---|---|---|---|---|---|---|\n");
        for (PackTask task : tasks) {
            Shipped shipped = shipped(task.name());
            Double head = shipped.families().get("ENCODER_HEAD");
            String ours = String.format("%.4f", task.validation());
            table.append(String.format("| %s | %s | %s |", task.name(), task.metric(),
                    head != null && task.validation() > head ? "**" + ours + "**" : ours));
            for (String family : FAMILIES) {
                table.append(' ').append(figure(shipped.families().get(family))).append(" |");
            }
            table.append(' ').append(figure(shipped.fastText())).append(" | ").append(figure(shipped.roberta())).append(" |\n");
        }
        OptionalDouble mean = tweetEvalMean(tasks);
        if (mean.isPresent()) {
            table.append(String.format("%nTweetEval mean over emotion, hate, irony, offensive, sentiment and stance (stance: the "
                    + "mean of its targets): %.4f on validation; RoBERTa-base's published mean on the test splits: 0.669.%n",
                    mean.getAsDouble()));
        }
        return table.toString();
    }

    /** The mean over {@link #TWEETEVAL_SIX}, empty unless the pack has every one of them. */
    static OptionalDouble tweetEvalMean(List<PackTask> tasks) {
        List<Double> figures = new ArrayList<>();
        for (String name : TWEETEVAL_SIX) {
            OptionalDouble figure = name.equals("stance")
                    ? tasks.stream().filter(t -> t.name().startsWith("stance:")).mapToDouble(PackTask::validation).average()
                    : tasks.stream().filter(t -> t.name().equals(name)).mapToDouble(PackTask::validation).findFirst();
            if (figure.isEmpty()) {
                return OptionalDouble.empty();
            }
            figures.add(figure.getAsDouble());
        }
        return figures.stream().mapToDouble(Double::doubleValue).average();
    }

    private static String figure(Double value) {
        return value == null ? "" : String.format("%.4f", value);
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }
}
