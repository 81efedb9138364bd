package org.postlens.app.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VectorIndexTest {

    private static final int DIMENSION = 384;

    @Test
    void findsTheExactNearestInOrderWithCosineScores() {
        Random random = new Random(7);
        float[][] vectors = new float[50_000][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = RandomVectors.unit(random, DIMENSION);
        }
        float[] query = RandomVectors.unit(random, DIMENSION);
        vectors[31_000] = RandomVectors.near(random, query, 0.1);
        vectors[2] = RandomVectors.near(random, query, 0.5);

        List<Neighbor> nearest = new VectorIndex(RandomVectors.table(vectors)).nearest(query, 5);

        assertThat(nearest).hasSize(5);
        assertThat(nearest.get(0).postId()).isEqualTo(31_001);
        assertThat(nearest.get(1).postId()).isEqualTo(3);
        assertThat(nearest.get(0).score()).isCloseTo((float) RandomVectors.cosine(query, vectors[31_000]), offset(0.01f));
        assertThat(nearest).isSortedAccordingTo(Comparator.comparing(Neighbor::score).reversed());
    }

    @Test
    void int8ScoresKeepTheFloatTopTen() {
        // Quality of the storage format: clustered data, as texts are, ranked by exact float cosine and by int8.
        Random random = new Random(11);
        float[][] centers = new float[200][];
        for (int i = 0; i < centers.length; i++) {
            centers[i] = RandomVectors.unit(random, DIMENSION);
        }
        float[][] vectors = new float[20_000][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = RandomVectors.near(random, centers[i % centers.length], 0.3 + random.nextDouble());
        }
        VectorIndex index = new VectorIndex(RandomVectors.table(vectors));
        int found = 0;
        int queries = 50;
        for (int q = 0; q < queries; q++) {
            float[] query = RandomVectors.near(random, centers[q], 0.5);
            Set<Long> exact = new HashSet<>();
            IntStream.range(0, vectors.length).boxed()
                    .sorted(Comparator.comparingDouble(i -> -RandomVectors.cosine(query, vectors[i])))
                    .limit(10).forEach(i -> exact.add(i + 1L));
            found += (int) index.nearest(query, 10).stream().filter(n -> exact.contains(n.postId())).count();
        }
        double recall = found / (10.0 * queries);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void nearestToAStoredPostLeavesThePostOut() {
        Random random = new Random(3);
        float[] a = RandomVectors.unit(random, 16);
        float[][] vectors = {a, RandomVectors.unit(random, 16), RandomVectors.near(random, a, 0.2)};
        List<Neighbor> nearest = new VectorIndex(RandomVectors.table(vectors)).nearestTo(1, 10);
        assertThat(nearest).extracting(Neighbor::postId).containsExactly(3L, 2L);
    }

    @Test
    void equalScoresAreOrderedByPostIdWhateverTheChunking() {
        float[] same = RandomVectors.normalize(new float[] {1, 2, 3, 4});
        float[][] vectors = new float[40_000][];
        Arrays.fill(vectors, same);
        List<Neighbor> nearest = new VectorIndex(RandomVectors.table(vectors)).nearest(same, 3);
        assertThat(nearest).extracting(Neighbor::postId).containsExactly(1L, 2L, 3L);
    }

    @Test
    void anEmptyIndexFindsNothing() {
        var empty = org.postlens.app.domain.Int8VectorTable.builder(4, 0).build();
        assertThat(new VectorIndex(empty).nearest(new float[] {1, 0, 0, 0}, 3)).isEmpty();
    }
}
