package org.postlens.runtime.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures the task literature reports for a classifier, from gold and predicted labels: accuracy,
 * micro/macro/weighted F1, macro recall, one label's F1, the mean F1 of a subset of labels, per-label
 * precision/recall/F1/support and (single-label) the confusion matrix. Definitions follow scikit-learn's
 * {@code classification_report}: macro averages run over every label of the task, a ratio with nothing to
 * divide by is 0, and for multi-label data accuracy is the share of examples whose label set is exactly right.
 *
 * <p>{@link #value(String)} looks a figure up by the name model cards and the {@code eval} command use; see
 * {@link #checkMetricName(String, List)} for the names.
 */
public final class ClassificationMetrics {

    public static final List<String> SIMPLE_METRICS = List.of("accuracy", "macro_f1", "micro_f1", "weighted_f1", "macro_recall");

    private final List<String> labels;
    private final boolean multiLabel;
    private final int examples;
    private final int exactlyRight;
    private final int[] truePositives;
    private final int[] falsePositives;
    private final int[] falseNegatives;
    private final int[][] confusion;

    private ClassificationMetrics(List<String> labels, boolean multiLabel, int examples, int exactlyRight,
            int[] truePositives, int[] falsePositives, int[] falseNegatives, int[][] confusion) {
        this.labels = List.copyOf(labels);
        this.multiLabel = multiLabel;
        this.examples = examples;
        this.exactlyRight = exactlyRight;
        this.truePositives = truePositives;
        this.falsePositives = falsePositives;
        this.falseNegatives = falseNegatives;
        this.confusion = confusion;
    }

    /**
     * @param gold the gold label index of each example (into {@code labels})
     * @param predicted the predicted label index of each example
     */
    public static ClassificationMetrics singleLabel(List<String> labels, int[] gold, int[] predicted) {
        if (gold.length != predicted.length) {
            throw new IllegalArgumentException(gold.length + " gold labels but " + predicted.length + " predictions");
        }
        int count = labels.size();
        int[][] confusion = new int[count][count];
        int right = 0;
        for (int i = 0; i < gold.length; i++) {
            checkIndex(gold[i], count);
            checkIndex(predicted[i], count);
            confusion[gold[i]][predicted[i]]++;
            right += gold[i] == predicted[i] ? 1 : 0;
        }
        int[] tp = new int[count];
        int[] fp = new int[count];
        int[] fn = new int[count];
        for (int g = 0; g < count; g++) {
            for (int p = 0; p < count; p++) {
                if (g == p) {
                    tp[g] += confusion[g][p];
                } else {
                    fn[g] += confusion[g][p];
                    fp[p] += confusion[g][p];
                }
            }
        }
        return new ClassificationMetrics(labels, false, gold.length, right, tp, fp, fn, confusion);
    }

    /** Like {@link #singleLabel(List, int[], int[])} with labels by name; a name outside {@code labels} is an error. */
    public static ClassificationMetrics singleLabel(List<String> labels, List<String> gold, List<String> predicted) {
        return singleLabel(labels, indices(labels, gold), indices(labels, predicted));
    }

    /**
     * @param gold {@code gold[i][l]} is true when example i carries label l
     * @param predicted the same for the predictions
     */
    public static ClassificationMetrics multiLabel(List<String> labels, boolean[][] gold, boolean[][] predicted) {
        if (gold.length != predicted.length) {
            throw new IllegalArgumentException(gold.length + " gold label sets but " + predicted.length + " predictions");
        }
        int count = labels.size();
        int[] tp = new int[count];
        int[] fp = new int[count];
        int[] fn = new int[count];
        int right = 0;
        for (int i = 0; i < gold.length; i++) {
            if (gold[i].length != count || predicted[i].length != count) {
                throw new IllegalArgumentException("example " + i + " does not have one flag per label (" + count + ")");
            }
            right += Arrays.equals(gold[i], predicted[i]) ? 1 : 0;
            for (int l = 0; l < count; l++) {
                if (gold[i][l] && predicted[i][l]) {
                    tp[l]++;
                } else if (predicted[i][l]) {
                    fp[l]++;
                } else if (gold[i][l]) {
                    fn[l]++;
                }
            }
        }
        return new ClassificationMetrics(labels, true, gold.length, right, tp, fp, fn, null);
    }

    public List<String> labels() {
        return labels;
    }

    public boolean multiLabel() {
        return multiLabel;
    }

    public int examples() {
        return examples;
    }

    /** Share of examples predicted exactly right (single-label: the label; multi-label: the whole set). */
    public double accuracy() {
        return ratio(exactlyRight, examples);
    }

    public double macroF1() {
        return perLabel().stream().mapToDouble(LabelScores::f1).average().orElse(0);
    }

    public double macroRecall() {
        return perLabel().stream().mapToDouble(LabelScores::recall).average().orElse(0);
    }

    public double macroPrecision() {
        return perLabel().stream().mapToDouble(LabelScores::precision).average().orElse(0);
    }

    /** F1 over the counts of all labels pooled (equals accuracy for single-label data). */
    public double microF1() {
        long tp = Arrays.stream(truePositives).sum();
        long fp = Arrays.stream(falsePositives).sum();
        long fn = Arrays.stream(falseNegatives).sum();
        return ratio(2 * tp, 2 * tp + fp + fn);
    }

    /** Per-label F1 averaged with each label's support as its weight. */
    public double weightedF1() {
        double sum = 0;
        long support = 0;
        for (LabelScores scores : perLabel()) {
            sum += scores.f1() * scores.support();
            support += scores.support();
        }
        return support == 0 ? 0 : sum / support;
    }

    /** F1 of one label, e.g. the positive class ({@code irony}). */
    public double f1(String label) {
        return perLabel().get(index(label)).f1();
    }

    /** The mean F1 of some labels, e.g. TweetEval stance's {@code against} and {@code favor}. */
    public double meanF1(List<String> subset) {
        if (subset.isEmpty()) {
            throw new IllegalArgumentException("mean F1 of no labels");
        }
        return subset.stream().mapToDouble(this::f1).average().orElseThrow();
    }

    public List<LabelScores> perLabel() {
        List<LabelScores> list = new ArrayList<>(labels.size());
        for (int l = 0; l < labels.size(); l++) {
            int tp = truePositives[l];
            double precision = ratio(tp, tp + falsePositives[l]);
            double recall = ratio(tp, tp + falseNegatives[l]);
            double f1 = ratio(2L * tp, 2L * tp + falsePositives[l] + falseNegatives[l]);
            list.add(new LabelScores(labels.get(l), precision, recall, f1, tp + falseNegatives[l]));
        }
        return list;
    }

    /**
     * {@code matrix[gold][predicted]}: how many examples of each gold label got each predicted label.
     *
     * @throws IllegalStateException for multi-label data, which has no such matrix
     */
    public int[][] confusionMatrix() {
        if (confusion == null) {
            throw new IllegalStateException("multi-label data has no confusion matrix: see perLabel()");
        }
        int[][] copy = new int[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    /**
     * A figure by name: {@code accuracy}, {@code macro_f1}, {@code micro_f1}, {@code weighted_f1},
     * {@code macro_recall}, {@code f1:<label>}, {@code mean_f1:<label>,<label>...}.
     *
     * @throws IllegalArgumentException for an unknown name or label
     */
    public double value(String metric) {
        checkMetricName(metric, labels);
        String name = metric.strip();
        if (name.startsWith("f1:")) {
            return f1(name.substring(3).strip());
        }
        if (name.startsWith("mean_f1:")) {
            return meanF1(labelList(name));
        }
        return switch (name) {
            case "accuracy" -> accuracy();
            case "macro_f1" -> macroF1();
            case "micro_f1" -> microF1();
            case "weighted_f1" -> weightedF1();
            case "macro_recall" -> macroRecall();
            default -> throw new IllegalStateException(name);
        };
    }

    /** The simple figures and, when given, {@code metric} too, by name in a stable order (for model cards). */
    public Map<String, Double> summary(String metric) {
        Map<String, Double> figures = new LinkedHashMap<>();
        if (metric != null) {
            figures.put(metric.strip(), value(metric));
        }
        for (String name : SIMPLE_METRICS) {
            figures.putIfAbsent(name, value(name));
        }
        return figures;
    }

    /**
     * @throws IllegalArgumentException when {@code metric} is not a figure this class computes for these labels,
     *     with a message that lists the names it knows
     */
    public static void checkMetricName(String metric, List<String> labels) {
        String name = metric == null ? "" : metric.strip();
        if (SIMPLE_METRICS.contains(name)) {
            return;
        }
        List<String> named;
        if (name.startsWith("f1:")) {
            named = List.of(name.substring(3).strip());
        } else if (name.startsWith("mean_f1:")) {
            named = labelList(name);
        } else {
            throw new IllegalArgumentException("unknown metric '" + metric + "': use one of " + String.join(", ", SIMPLE_METRICS)
                    + ", f1:<label>, mean_f1:<label>,<label>");
        }
        for (String label : named) {
            if (!labels.contains(label)) {
                throw new IllegalArgumentException("metric '" + metric + "' names label '" + label + "', which is not one of " + labels);
            }
        }
    }

    private static List<String> labelList(String name) {
        return Arrays.stream(name.substring("mean_f1:".length()).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private int index(String label) {
        int index = labels.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("'" + label + "' is not one of the labels " + labels);
        }
        return index;
    }

    private static int[] indices(List<String> labels, List<String> names) {
        int[] indices = new int[names.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = labels.indexOf(names.get(i));
            if (indices[i] < 0) {
                throw new IllegalArgumentException("'" + names.get(i) + "' (example " + i + ") is not one of the labels " + labels);
            }
        }
        return indices;
    }

    private static void checkIndex(int index, int count) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("label index " + index + " is outside 0.." + (count - 1));
        }
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
