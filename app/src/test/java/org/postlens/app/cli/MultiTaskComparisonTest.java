package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.postlens.runtime.multitask.PackTask;

class MultiTaskComparisonTest {

    @Test
    void theTweetEvalMeanAveragesTheStanceTargetsFirstAndNeedsAllSixTasks() {
        List<PackTask> tasks = List.of(task("emotion", 0.70), task("hate", 0.60), task("sarcasm", 0.50), task("offensive", 0.80),
                task("sentiment", 0.65), task("stance:abortion", 0.90), task("stance:climate", 0.30), task("emoji", 0.01));

        // stance: (0.90 + 0.30) / 2 = 0.60; six tasks: (0.70 + 0.60 + 0.50 + 0.80 + 0.65 + 0.60) / 6
        assertThat(MultiTaskComparison.tweetEvalMean(tasks).getAsDouble()).isCloseTo(3.85 / 6, within(1e-9));
        assertThat(MultiTaskComparison.tweetEvalMean(tasks.subList(0, 5))).isEmpty();
    }

    @Test
    void eachTaskStandsBesideItsShippedPacksFamiliesAndThePublishedFigures() {
        String table = MultiTaskComparison.markdown(List.of(task("emotion", 0.75), task("stance:feminism", 0.10)));

        // shipped emotion-en: head 0.6409, n-gram 0.6361, combined 0.7013; TweetEval: FastText 0.652, RoBERTa-base 0.761
        assertThat(table).contains("| emotion | macro_f1 | **0.7500** | 0.6409 | 0.6361 | 0.7013 | 0.6520 | 0.7610 |");
        assertThat(table).containsPattern("\\| stance:feminism \\| macro_f1 \\| 0\\.1000 \\| 0\\.\\d{4} \\|");
        assertThat(table).doesNotContain("TweetEval mean");
    }

    private static PackTask task(String name, double validation) {
        return new PackTask(name, List.of("a", "b"), false, "tweeteval", "macro_f1", validation);
    }
}
