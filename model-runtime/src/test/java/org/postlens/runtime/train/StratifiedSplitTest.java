package org.postlens.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StratifiedSplitTest {

    private static List<LabelledText> examples() {
        List<LabelledText> examples = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            examples.add(LabelledText.of("common " + i, "no"));
        }
        for (int i = 0; i < 10; i++) {
            examples.add(LabelledText.of("rare " + i, "yes"));
        }
        return examples;
    }

    @Test
    void keepsEachLabelsShareAndIsReproducible() {
        TrainingData split = StratifiedSplit.of(List.of("no", "yes"), false, examples(), 0.2, 5);

        assertThat(split.validation()).hasSize(20);
        assertThat(split.validation().stream().filter(e -> e.labels().equals(List.of("yes")))).hasSize(2);
        assertThat(split.train()).hasSize(80).doesNotContainAnyElementsOf(split.validation());
        assertThat(StratifiedSplit.of(List.of("no", "yes"), false, examples(), 0.2, 5)).isEqualTo(split);
        assertThat(StratifiedSplit.of(List.of("no", "yes"), false, examples(), 0.2, 6).validation()).isNotEqualTo(split.validation());
    }

    @Test
    void aLoneExampleStaysInTrainAndBadSharesAreRefused() {
        List<LabelledText> examples = new ArrayList<>(examples());
        examples.add(new LabelledText("both", List.of("yes", "no")));

        TrainingData split = StratifiedSplit.of(List.of("no", "yes"), true, examples, 0.1, 1);

        assertThat(split.train()).contains(examples.get(100));
        assertThat(split.validation()).hasSize(10);
        assertThatThrownBy(() -> StratifiedSplit.of(List.of("no"), false, examples, 1.0, 1)).hasMessageContaining("between 0 and 1");
    }
}
