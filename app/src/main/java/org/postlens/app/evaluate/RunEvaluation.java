package org.postlens.app.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.postlens.runtime.eval.ClassificationMetrics;
import org.postlens.runtime.eval.LabelScores;

/**
 * Measures a run's predictions against gold labels: the figures of {@link ClassificationMetrics} over every post
 * with a prediction, and the same by language, platform and import source. Posts the run gave nothing are counted
 * (overall and per group), never silently dropped.
 *
 * <p>A label a post carries that the schema does not list (an older label, a model's own label) is measured like
 * the others and listed after the schema's labels, so that no post is lost to a renamed label.
 */
public final class RunEvaluation {

    public static final List<String> DIMENSIONS = List.of("language", "platform", "source");

    private RunEvaluation() {
    }

    /**
     * @param labels     the schema's labels in its order
     * @param multiLabel whether a post may carry any number of labels
     * @throws IllegalArgumentException when a single-label post has other than one gold label or predicted label
     */
    public static EvaluationResult evaluate(EvaluationSubject subject, List<String> labels, boolean multiLabel,
            List<EvaluatedPost> posts) {
        for (EvaluatedPost post : posts) {
            checkShape(post, multiLabel);
        }
        List<String> allLabels = labelsInUse(labels, posts, true);
        EvaluationFigures overall = figures(labels, multiLabel, posts);
        Set<String> seen = new LinkedHashSet<>();
        for (EvaluatedPost post : posts) {
            if (post.hasPrediction()) {
                seen.addAll(post.gold());
                seen.addAll(post.predicted());
            }
        }
        List<String> unseen = labels.stream().filter(label -> !seen.contains(label)).toList();
        List<Breakdown> breakdowns = List.of(
                breakdown("language", posts, EvaluatedPost::language, labels, multiLabel),
                breakdown("platform", posts, EvaluatedPost::platform, labels, multiLabel),
                breakdown("source", posts, EvaluatedPost::source, labels, multiLabel));
        return new EvaluationResult(subject, allLabels, multiLabel, posts.size(), withoutPrediction(posts), overall,
                unseen, breakdowns);
    }

    private static Breakdown breakdown(String dimension, List<EvaluatedPost> posts, Function<EvaluatedPost, String> facet,
            List<String> labels, boolean multiLabel) {
        Map<String, List<EvaluatedPost>> groups = new LinkedHashMap<>();
        for (EvaluatedPost post : posts) {
            String value = facet.apply(post);
            groups.computeIfAbsent(value == null || value.isBlank() ? Breakdown.UNKNOWN : value, v -> new ArrayList<>()).add(post);
        }
        List<GroupEvaluation> evaluations = new ArrayList<>();
        groups.forEach((group, members) -> evaluations.add(
                new GroupEvaluation(group, members.size(), withoutPrediction(members), figures(labels, multiLabel, members))));
        evaluations.sort(Comparator.comparingInt(GroupEvaluation::posts).reversed().thenComparing(GroupEvaluation::group));
        return new Breakdown(dimension, evaluations);
    }

    private static EvaluationFigures figures(List<String> schemaLabels, boolean multiLabel, List<EvaluatedPost> posts) {
        List<EvaluatedPost> measured = posts.stream().filter(EvaluatedPost::hasPrediction).toList();
        if (measured.isEmpty()) {
            return EvaluationFigures.none(multiLabel);
        }
        List<String> labels = labelsInUse(schemaLabels, measured, false);
        ClassificationMetrics metrics = multiLabel ? multiLabelMetrics(labels, measured) : singleLabelMetrics(labels, measured);
        List<LabelScores> perLabel = metrics.perLabel();
        double weightedPrecision = 0;
        double weightedRecall = 0;
        long support = 0;
        for (LabelScores scores : perLabel) {
            weightedPrecision += scores.precision() * scores.support();
            weightedRecall += scores.recall() * scores.support();
            support += scores.support();
        }
        return new EvaluationFigures(metrics.examples(), metrics.accuracy(), metrics.microF1(), metrics.macroF1(),
                metrics.weightedF1(), metrics.macroPrecision(), metrics.macroRecall(),
                support == 0 ? 0 : weightedPrecision / support, support == 0 ? 0 : weightedRecall / support, perLabel,
                multiLabel ? null : new ConfusionMatrix(labels, metrics.confusionMatrix()));
    }

    private static ClassificationMetrics singleLabelMetrics(List<String> labels, List<EvaluatedPost> measured) {
        List<String> gold = measured.stream().map(post -> post.gold().get(0)).toList();
        List<String> predicted = measured.stream().map(post -> post.predicted().get(0)).toList();
        return ClassificationMetrics.singleLabel(labels, gold, predicted);
    }

    private static ClassificationMetrics multiLabelMetrics(List<String> labels, List<EvaluatedPost> measured) {
        boolean[][] gold = new boolean[measured.size()][];
        boolean[][] predicted = new boolean[measured.size()][];
        for (int i = 0; i < measured.size(); i++) {
            gold[i] = flags(labels, measured.get(i).gold());
            predicted[i] = flags(labels, measured.get(i).predicted());
        }
        return ClassificationMetrics.multiLabel(labels, gold, predicted);
    }

    private static boolean[] flags(List<String> labels, List<String> given) {
        boolean[] flags = new boolean[labels.size()];
        for (String label : given) {
            flags[labels.indexOf(label)] = true;
        }
        return flags;
    }

    /**
     * The labels that occur in these posts (or, with {@code keepSchema}, every schema label), in the schema's
     * order, then those the schema does not list in alphabetical order.
     */
    private static List<String> labelsInUse(List<String> schemaLabels, List<EvaluatedPost> posts, boolean keepSchema) {
        Set<String> occurring = new LinkedHashSet<>();
        for (EvaluatedPost post : posts) {
            occurring.addAll(post.gold());
            if (post.hasPrediction()) {
                occurring.addAll(post.predicted());
            }
        }
        List<String> labels = new ArrayList<>();
        for (String label : schemaLabels) {
            if (keepSchema || occurring.contains(label)) {
                labels.add(label);
            }
        }
        Set<String> unlisted = new TreeSet<>(occurring);
        unlisted.removeAll(schemaLabels);
        labels.addAll(unlisted);
        return labels;
    }

    private static void checkShape(EvaluatedPost post, boolean multiLabel) {
        if (multiLabel) {
            return;
        }
        if (post.gold().size() != 1) {
            throw new IllegalArgumentException("post " + post.postId() + " has " + post.gold().size()
                    + " gold labels in a single-label schema");
        }
        if (post.hasPrediction() && post.predicted().size() != 1) {
            throw new IllegalArgumentException("post " + post.postId() + " has " + post.predicted().size()
                    + " predicted labels from a single-label run");
        }
    }

    private static int withoutPrediction(List<EvaluatedPost> posts) {
        return (int) posts.stream().filter(post -> !post.hasPrediction()).count();
    }
}
