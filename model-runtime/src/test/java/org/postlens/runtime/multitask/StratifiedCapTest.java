package org.postlens.runtime.multitask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.postlens.runtime.train.LabelledText;

class StratifiedCapTest {

    @Test
    void keepsTheCapAndEachLabelsShareInTheDataSetsOrder() {
        List<LabelledText> examples = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            examples.add(LabelledText.of("text " + i, i % 10 < 7 ? "common" : i % 10 < 9 ? "middle" : "rare"));
        }
        List<LabelledText> capped = StratifiedCap.of(examples, 101, 4);

        assertThat(capped).hasSize(101);
        Map<String, Long> counts = capped.stream().collect(Collectors.groupingBy(e -> e.labels().get(0), Collectors.counting()));
        assertThat(counts).containsEntry("common", 71L).containsEntry("middle", 20L).containsEntry("rare", 10L);
        List<Integer> positions = capped.stream().map(examples::indexOf).toList();
        assertThat(positions).isSorted();
        assertThat(StratifiedCap.of(examples, 101, 4)).isEqualTo(capped);
        assertThat(StratifiedCap.of(examples, 101, 5)).isNotEqualTo(capped);
    }

    @Test
    void aSmallDataSetIsKeptWhole() {
        List<LabelledText> examples = List.of(LabelledText.of("a", "x"), new LabelledText("b", List.of("x", "y")));
        assertThat(StratifiedCap.of(examples, 5, 1)).isEqualTo(examples);
        assertThat(StratifiedCap.of(examples, 1, 1)).hasSize(1);
    }
}
