package org.postlens.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postlens.runtime.train.LabelledText;

class StratifiedSplitTest {

    private static List<LabelledText> examples() {
        List<LabelledText> examples = new ArrayList<>();
        for (int i = 0; i < 900; i++) {
            examples.add(LabelledText.of("common " + i, "common"));
        }
        for (int i = 0; i < 100; i++) {
            examples.add(LabelledText.of("rare " + i, "rare"));
        }
        examples.add(LabelledText.of("unique", "single"));
        return examples;
    }

    @Test
    void keepsEachLabelsShareAndEveryExampleOnce() {
        StratifiedSplit.Parts parts = StratifiedSplit.split(examples(), 0.1, 3);

        assertThat(parts.validation()).filteredOn(e -> e.labels().contains("common")).hasSize(90);
        assertThat(parts.validation()).filteredOn(e -> e.labels().contains("rare")).hasSize(10);
        assertThat(parts.train()).contains(LabelledText.of("unique", "single"));
        List<LabelledText> all = new ArrayList<>(parts.train());
        all.addAll(parts.validation());
        assertThat(all).containsExactlyInAnyOrderElementsOf(examples());
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        assertThat(StratifiedSplit.split(examples(), 0.1, 3).validation())
                .isEqualTo(StratifiedSplit.split(examples(), 0.1, 3).validation())
                .isNotEqualTo(StratifiedSplit.split(examples(), 0.1, 4).validation());
    }
}
