package org.postlens.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchingTest {

    @Test
    void exactBatchesHoldOneLengthEachAndAtMostBatchSizeTexts() {
        int[] lengths = {5, 7, 5, 5, 7, 9, 5};

        List<int[]> batches = Batching.plan(lengths, 2, true);

        assertThat(batches).containsExactly(new int[] {0, 2}, new int[] {3, 6}, new int[] {1, 4}, new int[] {5});
    }

    @Test
    void paddedBatchesAreRunsOfTheLengthOrder() {
        int[] lengths = {5, 7, 5, 5, 7, 9, 5};

        List<int[]> batches = Batching.plan(lengths, 3, false);

        assertThat(batches).containsExactly(new int[] {0, 2, 3}, new int[] {6, 1, 4}, new int[] {5});
    }

    @Test
    void noTextsNoBatches() {
        assertThat(Batching.plan(new int[0], 32, true)).isEmpty();
    }
}
