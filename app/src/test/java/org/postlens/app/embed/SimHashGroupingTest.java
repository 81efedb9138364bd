package org.postlens.app.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.postlens.app.domain.Int8VectorTable;
import org.postlens.app.jobs.CancellationToken;

class SimHashGroupingTest {

    private static final double THRESHOLD = NearDuplicateClusters.DEFAULT_THRESHOLD;

    @Test
    void parametersReachTheTargetRecallAtTheDefaultThreshold() {
        SimHashGrouping lsh = SimHashGrouping.forThreshold(THRESHOLD);
        assertThat(lsh.bitsPerBand).isEqualTo(16);
        assertThat(lsh.bands).isEqualTo(64);
        double agree = 1 - Math.acos(THRESHOLD) / Math.PI;
        assertThat(SimHashGrouping.recall(agree, lsh.bitsPerBand, lsh.bands)).isGreaterThan(0.99);
        assertThat(SimHashGrouping.forThreshold(0.1)).isNull();
    }

    @Test
    void lshFindsThePlantedGroupsOfThirtyThousandVectors() {
        PlantedGroups planted = PlantedGroups.generate(11, 30_000, 0.05, 384);
        NearDuplicateGrouping grouping = new NearDuplicateGrouping(THRESHOLD);

        List<long[]> groups = grouping.lshGroups(planted.table, 2, CancellationToken.none());

        Map<Long, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (long id : groups.get(g)) {
                groupOf.put(id, g);
            }
        }
        List<int[]> pairs = planted.pairsAtOrAbove(THRESHOLD);
        long joined = pairs.stream()
                .filter(p -> {
                    Integer a = groupOf.get(planted.table.postId(p[0]));
                    return a != null && a.equals(groupOf.get(planted.table.postId(p[1])));
                })
                .count();
        assertThat(pairs).hasSizeGreaterThan(1000);
        assertThat((double) joined / pairs.size()).isGreaterThanOrEqualTo(0.99);

        // No false joins: every LSH group lies inside what all-pairs grouping finds.
        Set<List<Long>> exact = planted.exactGroups(THRESHOLD);
        Map<Long, List<Long>> exactOf = new HashMap<>();
        exact.forEach(group -> group.forEach(id -> exactOf.put(id, group)));
        for (long[] group : groups) {
            assertThat(exactOf.get(group[0])).containsAll(LongStream.of(group).boxed().toList());
        }
        Set<List<Long>> found = groups.stream().map(g -> LongStream.of(g).boxed().toList())
                .collect(Collectors.toCollection(HashSet::new));
        long same = exact.stream().filter(found::contains).count();
        System.out.printf("SimHash 30k: %d of %d planted pairs joined (%.4f), %d of %d groups identical%n",
                joined, pairs.size(), (double) joined / pairs.size(), same, exact.size());
        assertThat((double) same / exact.size()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void lshGivesTheSameGroupsAsAllPairsOnASmallTable() {
        PlantedGroups planted = PlantedGroups.generate(12, 4_000, 0.1, 384);
        NearDuplicateGrouping grouping = new NearDuplicateGrouping(THRESHOLD);
        List<long[]> exact = grouping.exactGroups(planted.table, 2, CancellationToken.none());
        List<long[]> lsh = grouping.lshGroups(planted.table, 2, CancellationToken.none());
        assertThat(lsh).usingRecursiveComparison().isEqualTo(exact);
        assertThat(Set.copyOf(exact.stream().map(g -> LongStream.of(g).boxed().toList()).toList()))
                .isEqualTo(planted.exactGroups(THRESHOLD));
    }

    @Test
    void isDeterministic() {
        PlantedGroups planted = PlantedGroups.generate(13, 25_000, 0.05, 384);
        NearDuplicateGrouping grouping = new NearDuplicateGrouping(THRESHOLD);
        List<long[]> first = grouping.groups(planted.table, 2, CancellationToken.none());
        List<long[]> second = grouping.groups(planted.table, 2, CancellationToken.none());
        assertThat(first).isNotEmpty();
        assertThat(second).usingRecursiveComparison().isEqualTo(first);
        assertThat(SimHashGrouping.sketches(planted.table, CancellationToken.none()))
                .isEqualTo(SimHashGrouping.sketches(planted.table, CancellationToken.none()));
    }

    @Test
    void aMassRepostedTextIsOneGroupThroughTheBigBucketPath() {
        // 3,000 copies of one text (one bucket per band, far above the big-bucket size) among 22,000 others.
        java.util.Random random = new java.util.Random(14);
        float[] text = RandomVectors.unit(random, 384);
        int size = 25_000;
        Int8VectorTable.Builder table = Int8VectorTable.builder(384, size);
        for (int row = 0; row < size; row++) {
            float[] vector = row % 8 == 0 ? RandomVectors.near(random, text, 0.05) : RandomVectors.unit(random, 384);
            table.add(row + 1, org.postlens.app.domain.Int8Vector.quantize(vector));
        }
        List<long[]> groups = new NearDuplicateGrouping(THRESHOLD).groups(table.build(), 2, CancellationToken.none());
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0)).hasSize(size / 8);
    }
}
