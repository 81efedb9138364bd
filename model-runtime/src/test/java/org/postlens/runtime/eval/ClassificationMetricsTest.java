package org.postlens.runtime.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values are the ones scikit-learn's documentation gives for the same inputs (or worked out by hand). */
class ClassificationMetricsTest {

    private static final double EPS = 1e-9;

    /** sklearn.metrics.f1_score / recall_score / precision_score docstring example. */
    private final ClassificationMetrics docExample = ClassificationMetrics.singleLabel(List.of("0", "1", "2"),
            new int[] {0, 1, 2, 0, 1, 2}, new int[] {0, 2, 1, 0, 0, 1});

    @Test
    void f1AveragesAsScikitLearnDocumentsThem() {
        assertThat(docExample.macroF1()).isCloseTo(0.26666666666666666, within(EPS));
        assertThat(docExample.microF1()).isCloseTo(0.3333333333333333, within(EPS));
        assertThat(docExample.weightedF1()).isCloseTo(0.26666666666666666, within(EPS));
        assertThat(docExample.perLabel()).extracting(LabelScores::f1).containsExactly(0.8, 0.0, 0.0);
    }

    @Test
    void recallPrecisionAccuracyAndSupport() {
        assertThat(docExample.macroRecall()).isCloseTo(0.3333333333333333, within(EPS));
        assertThat(docExample.macroPrecision()).isCloseTo(0.2222222222222222, within(EPS));
        assertThat(docExample.accuracy()).isCloseTo(2.0 / 6, within(EPS));
        assertThat(docExample.perLabel().get(0)).isEqualTo(new LabelScores("0", 2.0 / 3, 1.0, 0.8, 2));
        assertThat(docExample.perLabel()).extracting(LabelScores::support).containsExactly(2, 2, 2);
    }

    @Test
    void confusionMatrixAsScikitLearnDocumentsIt() {
        // sklearn.metrics.confusion_matrix docstring: y_true = [2, 0, 2, 2, 0, 1], y_pred = [0, 0, 2, 2, 0, 2]
        ClassificationMetrics metrics = ClassificationMetrics.singleLabel(List.of("ant", "bird", "cat"),
                List.of("cat", "ant", "cat", "cat", "ant", "bird"), List.of("ant", "ant", "cat", "cat", "ant", "cat"));

        assertThat(metrics.confusionMatrix()).isEqualTo(new int[][] {{2, 0, 0}, {0, 0, 1}, {1, 0, 2}});
        assertThat(metrics.accuracy()).isCloseTo(4.0 / 6, within(EPS));
    }

    @Test
    void positiveClassAndSubsetMeansLikeTweetEval() {
        ClassificationMetrics stance = ClassificationMetrics.singleLabel(List.of("none", "against", "favor"),
                List.of("none", "against", "against", "favor", "favor", "none"),
                List.of("none", "against", "favor", "favor", "none", "against"));
        // against: tp 1, fp 1, fn 1 -> 0.5; favor: tp 1, fp 1, fn 1 -> 0.5; none: tp 1, fp 1, fn 1 -> 0.5
        assertThat(stance.f1("against")).isCloseTo(0.5, within(EPS));
        assertThat(stance.value("mean_f1:against,favor")).isCloseTo(0.5, within(EPS));

        ClassificationMetrics irony = ClassificationMetrics.singleLabel(List.of("non_irony", "irony"),
                new int[] {1, 1, 1, 0, 0, 0, 0}, new int[] {1, 1, 0, 1, 0, 0, 0});
        // irony: tp 2, fp 1, fn 1 -> 2*2/(2*2+1+1) = 2/3; non_irony: tp 3, fp 1, fn 1 -> 6/8
        assertThat(irony.value("f1:irony")).isCloseTo(2.0 / 3, within(EPS));
        assertThat(irony.value("macro_f1")).isCloseTo((2.0 / 3 + 0.75) / 2, within(EPS));
        assertThat(irony.value("accuracy")).isCloseTo(5.0 / 7, within(EPS));
        assertThat(irony.value("macro_recall")).isCloseTo((2.0 / 3 + 0.75) / 2, within(EPS));
        assertThat(irony.summary("f1:irony")).containsOnlyKeys("f1:irony", "accuracy", "macro_f1", "micro_f1", "weighted_f1", "macro_recall");
    }

    @Test
    void multiLabelAsScikitLearnDocumentsIt() {
        // sklearn.metrics.f1_score docstring, multilabel: y_true [[0,0,0],[1,1,1],[0,1,1]], y_pred [[0,0,0],[1,1,1],[1,1,0]]
        boolean[][] gold = {{false, false, false}, {true, true, true}, {false, true, true}};
        boolean[][] predicted = {{false, false, false}, {true, true, true}, {true, true, false}};
        ClassificationMetrics metrics = ClassificationMetrics.multiLabel(List.of("a", "b", "c"), gold, predicted);

        assertThat(metrics.perLabel()).extracting(LabelScores::f1)
                .containsExactly(2.0 / 3, 1.0, 2.0 / 3);
        assertThat(metrics.macroF1()).isCloseTo(0.7777777777777777, within(EPS));
        assertThat(metrics.microF1()).isCloseTo(0.8, within(EPS));
        assertThat(metrics.accuracy()).as("exact-set accuracy").isCloseTo(2.0 / 3, within(EPS));
        assertThatThrownBy(metrics::confusionMatrix).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nothingToDivideByGivesZero() {
        ClassificationMetrics metrics = ClassificationMetrics.singleLabel(List.of("a", "b"), new int[] {0, 0}, new int[] {0, 0});

        assertThat(metrics.perLabel().get(1)).isEqualTo(new LabelScores("b", 0, 0, 0, 0));
        assertThat(metrics.macroF1()).isCloseTo(0.5, within(EPS));
        assertThat(metrics.weightedF1()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void unknownMetricNamesAndLabelsAreRefusedWithTheKnownNames() {
        assertThatThrownBy(() -> docExample.value("f2"))
                .hasMessage("unknown metric 'f2': use one of accuracy, macro_f1, micro_f1, weighted_f1, macro_recall, f1:<label>,"
                        + " mean_f1:<label>,<label>");
        assertThatThrownBy(() -> docExample.value("f1:irony"))
                .hasMessage("metric 'f1:irony' names label 'irony', which is not one of [0, 1, 2]");
        assertThatThrownBy(() -> ClassificationMetrics.checkMetricName("mean_f1:0,x", List.of("0", "1")))
                .hasMessageContaining("names label 'x'");
        assertThatThrownBy(() -> ClassificationMetrics.singleLabel(List.of("a"), List.of("a"), List.of("b")))
                .hasMessage("'b' (example 0) is not one of the labels [a]");
    }
}
