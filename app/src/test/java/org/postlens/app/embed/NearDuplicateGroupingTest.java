package org.postlens.app.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.postlens.app.jobs.CancellationToken;

class NearDuplicateGroupingTest {

    @Test
    void groupsVectorsAboveTheThresholdTransitivelyAndDropsSingletons() {
        Random random = new Random(5);
        float[] campaign = RandomVectors.unit(random, 64);
        float[] pair = RandomVectors.unit(random, 64);
        float[][] vectors = new float[30][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = RandomVectors.unit(random, 64);
        }
        for (int row : new int[] {3, 9, 17, 25}) {
            vectors[row] = RandomVectors.near(random, campaign, 0.1);
        }
        vectors[4] = RandomVectors.near(random, pair, 0.1);
        vectors[20] = RandomVectors.near(random, pair, 0.1);

        List<long[]> groups = new NearDuplicateGrouping(0.9).groups(RandomVectors.table(vectors), 2,
                CancellationToken.none());

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).containsExactly(4, 10, 18, 26);
        assertThat(groups.get(1)).containsExactly(5, 21);
    }

    @Test
    void minimumSizeDropsSmallGroups() {
        Random random = new Random(6);
        float[] a = RandomVectors.unit(random, 32);
        float[][] vectors = {a, RandomVectors.near(random, a, 0.05), RandomVectors.unit(random, 32)};
        assertThat(new NearDuplicateGrouping(0.9).groups(RandomVectors.table(vectors), 3, CancellationToken.none()))
                .isEmpty();
    }

    @Test
    void refusesAThresholdOutsideZeroToOne() {
        assertThatThrownBy(() -> new NearDuplicateGrouping(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NearDuplicateGrouping(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
