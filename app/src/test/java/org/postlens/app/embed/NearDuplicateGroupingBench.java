package org.postlens.app.embed;

import java.util.Random;
import org.postlens.app.jobs.CancellationToken;

/**
 * Time to group n random 384-d vectors with 1% of them in copy-paste groups of 10 (not a test).
 * Run: java -cp app/target/classes:app/target/test-classes org.postlens.app.embed.NearDuplicateGroupingBench 10000
 */
public final class NearDuplicateGroupingBench {

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Random random = new Random(2);
        float[][] vectors = new float[size][];
        for (int i = 0; i < size; i++) {
            vectors[i] = i % 100 < 1 && i >= 10 ? RandomVectors.near(random, vectors[i - 10], 0.1)
                    : RandomVectors.unit(random, 384);
        }
        var table = RandomVectors.table(vectors);
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            int groups = new NearDuplicateGrouping(0.9).groups(table, 2, CancellationToken.none()).size();
            System.out.printf("%,d vectors: %d groups in %.1f s%n", size, groups, (System.nanoTime() - start) / 1e9);
        }
    }
}
