package org.postlens.app.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultiIndexHashTableTest {

    @Test
    void findsExactlyTheHashesWithinTheDistanceThatComparingEveryOneFinds() {
        Random random = new Random(3);
        long[] hashes = new long[5_000];
        for (int i = 0; i < hashes.length; i++) {
            // Half of them near an earlier one, so that every distance from 0 to 20 occurs.
            hashes[i] = i > 0 && i % 2 == 0 ? flip(hashes[random.nextInt(i)], random.nextInt(21), random) : random.nextLong();
        }
        MultiIndexHashTable table = new MultiIndexHashTable(hashes);
        for (int radius : new int[] {0, 3, 10, 14, 15, 20}) {
            for (int q = 0; q < 200; q++) {
                long query = hashes[random.nextInt(hashes.length)];
                List<Integer> found = new ArrayList<>();
                table.within(query, radius, found::add);
                List<Integer> expected = new ArrayList<>();
                for (int i = 0; i < hashes.length; i++) {
                    if (Long.bitCount(hashes[i] ^ query) <= radius) {
                        expected.add(i);
                    }
                }
                assertThat(found).as("radius %d", radius).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    private static long flip(long hash, int bits, Random random) {
        long flipped = hash;
        while (Long.bitCount(flipped ^ hash) < bits) {
            flipped ^= 1L << random.nextInt(64);
        }
        return flipped;
    }
}
