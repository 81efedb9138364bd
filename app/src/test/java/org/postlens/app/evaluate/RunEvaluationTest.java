package org.postlens.app.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.postlens.app.evaluate.EvaluationExamples.SUBJECT;
import static org.postlens.app.evaluate.EvaluationExamples.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.postlens.runtime.eval.LabelScores;

class RunEvaluationTest {

    private static final double EPS = 1e-12;

    @Test
    void overallFiguresWorkedByHand() {
        EvaluationResult result = EvaluationExamples.verdicts();
        EvaluationFigures overall = result.overall();

        assertThat(result.posts()).isEqualTo(7);
        assertThat(result.withoutPrediction()).isEqualTo(1);
        assertThat(result.measured()).isEqualTo(6);
        assertThat(overall.examples()).isEqualTo(6);
        assertThat(overall.accuracy()).isCloseTo(0.5, within(EPS));
        assertThat(overall.microF1()).isCloseTo(0.5, within(EPS));
        // true: P 1, R 1/2, F1 2/3; false: P 2/5, R 1, F1 4/7; misleading (never predicted): 0, 0, 0
        assertThat(overall.perLabel()).extracting(LabelScores::label).containsExactly("true", "false", "misleading");
        LabelScores isTrue = overall.perLabel().get(0);
        LabelScores isFalse = overall.perLabel().get(1);
        LabelScores misleading = overall.perLabel().get(2);
        assertThat(isTrue.precision()).isCloseTo(1.0, within(EPS));
        assertThat(isTrue.recall()).isCloseTo(0.5, within(EPS));
        assertThat(isTrue.f1()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(isFalse.precision()).isCloseTo(0.4, within(EPS));
        assertThat(isFalse.f1()).isCloseTo(4.0 / 7, within(EPS));
        assertThat(misleading.precision()).isZero();
        assertThat(misleading.recall()).isZero();
        assertThat(misleading.support()).isEqualTo(2);
        assertThat(overall.macroF1()).isCloseTo(26.0 / 63, within(EPS));
        assertThat(overall.weightedF1()).isCloseTo(26.0 / 63, within(EPS));
        assertThat(overall.macroPrecision()).isCloseTo(1.4 / 3, within(EPS));
        assertThat(overall.macroRecall()).isCloseTo(0.5, within(EPS));
        assertThat(overall.confusion().labels()).containsExactly("true", "false", "misleading");
        assertThat(overall.confusion().counts()).isEqualTo(new int[][] {{1, 1, 0}, {0, 2, 0}, {0, 2, 0}});
        assertThat(result.unseenLabels()).containsExactly("unverifiable");
        assertThat(result.labels()).containsExactly("true", "false", "misleading", "unverifiable");
    }

    @Test
    void breakdownsByLanguagePlatformAndSourceLargestFirst() {
        EvaluationResult result = EvaluationExamples.verdicts();
        assertThat(result.breakdowns()).extracting(Breakdown::dimension).containsExactly("language", "platform", "source");

        List<GroupEvaluation> languages = result.breakdowns().get(0).groups();
        assertThat(languages).extracting(GroupEvaluation::group).containsExactly("en", "ar", "hi");
        GroupEvaluation english = languages.get(0);
        assertThat(english.posts()).isEqualTo(4);
        assertThat(english.withoutPrediction()).isEqualTo(1);
        assertThat(english.figures().accuracy()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(languages.get(1).figures().accuracy()).isEqualTo(1.0);
        assertThat(languages.get(2).figures().accuracy()).isZero();

        List<GroupEvaluation> platforms = result.breakdowns().get(1).groups();
        assertThat(platforms).extracting(GroupEvaluation::group).containsExactly("x", "telegram", Breakdown.UNKNOWN);
        assertThat(platforms).extracting(GroupEvaluation::posts).containsExactly(3, 2, 2);
    }

    @Test
    void aGroupWithoutAnyPredictionIsCountedWithUndefinedFigures() {
        GroupEvaluation late = EvaluationExamples.verdicts().breakdowns().get(2).groups().stream()
                .filter(group -> group.group().equals("late.csv")).findFirst().orElseThrow();
        assertThat(late.posts()).isEqualTo(1);
        assertThat(late.withoutPrediction()).isEqualTo(1);
        assertThat(late.figures().examples()).isZero();
        assertThat(late.figures().accuracy()).isNaN();
        assertThat(late.figures().macroF1()).isNaN();
    }

    @Test
    void aSingleClassPredictedRightIsPerfectAndTheOtherLabelsAreUnseen() {
        List<EvaluatedPost> posts = List.of(post(1, "false", "false", "en", null, null), post(2, "false", "false", "en", null, null));
        EvaluationResult result = RunEvaluation.evaluate(SUBJECT, EvaluationExamples.VERDICTS, false, posts);
        assertThat(result.overall().accuracy()).isEqualTo(1.0);
        assertThat(result.overall().macroF1()).isEqualTo(1.0);
        assertThat(result.overall().confusion().counts()).isEqualTo(new int[][] {{2}});
        assertThat(result.unseenLabels()).containsExactly("true", "misleading", "unverifiable");
    }

    @Test
    void aPredictedLabelTheSchemaDoesNotListIsMeasuredNotLost() {
        List<EvaluatedPost> posts = List.of(post(1, "true", "satire", "en", null, null), post(2, "true", "true", "en", null, null));
        EvaluationResult result = RunEvaluation.evaluate(SUBJECT, EvaluationExamples.VERDICTS, false, posts);
        assertThat(result.overall().confusion().labels()).containsExactly("true", "satire");
        assertThat(result.overall().confusion().counts()).isEqualTo(new int[][] {{1, 1}, {0, 0}});
        assertThat(result.labels()).endsWith("satire");
    }

    @Test
    void multiLabelFiguresWorkedByHand() {
        List<String> labels = List.of("a", "b", "c");
        List<EvaluatedPost> posts = List.of(
                new EvaluatedPost(1, List.of("a", "b"), List.of("a"), "en", null, null),
                new EvaluatedPost(2, List.of(), List.of("b"), "en", null, null),
                new EvaluatedPost(3, List.of("c"), List.of("c"), "en", null, null),
                new EvaluatedPost(4, List.of("a"), List.of("a", "b"), "en", null, null),
                new EvaluatedPost(5, List.of("c"), null, "en", null, null));
        EvaluationResult result = RunEvaluation.evaluate(SUBJECT, labels, true, posts);
        EvaluationFigures overall = result.overall();
        // a: tp 2; b: fp 2, fn 1; c: tp 1. Exact sets: post 3 only.
        assertThat(overall.accuracy()).isCloseTo(0.25, within(EPS));
        assertThat(overall.microF1()).isCloseTo(6.0 / 9, within(EPS));
        assertThat(overall.macroF1()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(overall.weightedF1()).isCloseTo(0.75, within(EPS));
        assertThat(overall.confusion()).isNull();
        assertThat(result.withoutPrediction()).isEqualTo(1);
    }

    @Test
    void aSingleLabelPostWithTwoGoldLabelsIsRefused() {
        List<EvaluatedPost> posts = List.of(new EvaluatedPost(9, List.of("true", "false"), List.of("true"), null, null, null));
        assertThatThrownBy(() -> RunEvaluation.evaluate(SUBJECT, EvaluationExamples.VERDICTS, false, posts))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("post 9");
    }

    @Test
    void nothingToMeasureGivesUndefinedFiguresNotZeros() {
        EvaluationResult result = RunEvaluation.evaluate(SUBJECT, EvaluationExamples.VERDICTS, false,
                List.of(post(1, "true", null, "en", null, null)));
        assertThat(result.overall().accuracy()).isNaN();
        assertThat(result.withoutPrediction()).isEqualTo(1);
    }
}
