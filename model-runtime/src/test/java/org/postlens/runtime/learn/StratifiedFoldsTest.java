package org.postlens.runtime.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postlens.runtime.train.LabelledText;

class StratifiedFoldsTest {

    /** 30 "a", 15 "b", 5 "c". */
    private static List<LabelledText> skewed() {
        List<LabelledText> examples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            examples.add(LabelledText.of("post " + i, i < 30 ? "a" : i < 45 ? "b" : "c"));
        }
        return examples;
    }

    @Test
    void foldsAreEvenAndEachLabelSpreadsOverThem() {
        List<LabelledText> examples = skewed();
        int[] folds = StratifiedFolds.assign(examples, 5, 3);

        int[][] perFold = new int[5][3];
        for (int i = 0; i < folds.length; i++) {
            perFold[folds[i]][examples.get(i).labels().get(0).charAt(0) - 'a']++;
        }
        for (int[] fold : perFold) {
            assertThat(fold).containsExactly(6, 3, 1);
        }
        assertThat(StratifiedFolds.assign(examples, 5, 3)).as("same seed, same folds").isEqualTo(folds);
        assertThat(StratifiedFolds.assign(examples, 5, 4)).as("another seed, other folds").isNotEqualTo(folds);
    }

    @Test
    void everyPrefixOfTheNestedOrderKeepsTheLabelShares() {
        List<LabelledText> examples = skewed();
        int[] order = StratifiedFolds.nestedOrder(examples, 9);

        assertThat(order).hasSize(50).doesNotHaveDuplicates();
        int[] counts = new int[3];
        for (int i = 0; i < 10; i++) {
            counts[examples.get(order[i]).labels().get(0).charAt(0) - 'a']++;
        }
        assertThat(counts).containsExactly(6, 3, 1);
        assertThat(StratifiedFolds.nestedOrder(examples, 9)).isEqualTo(order);
    }

    @Test
    void refusesFoldsThatCannotBeFilled() {
        assertThatThrownBy(() -> StratifiedFolds.assign(skewed().subList(0, 3), 5, 1)).hasMessageContaining("5 folds for 3 examples");
        assertThatThrownBy(() -> StratifiedFolds.assign(skewed(), 1, 1)).hasMessageContaining("need 2 <= folds");
    }
}
