package org.postlens.app.embed;

import java.util.List;
import org.postlens.app.jobs.CancellationToken;

/**
 * Time and recall of LSH grouping over n random 384-d vectors with 5% in planted groups (not a test).
 * Run: java -Xmx2g -cp app/target/classes:app/target/test-classes org.postlens.app.embed.SimHashGroupingBench 200000
 */
public final class SimHashGroupingBench {

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        long t0 = System.nanoTime();
        PlantedGroups planted = PlantedGroups.generate(21, size, 0.05, 384);
        System.out.printf("generated %,d in %.1f s%n", size, (System.nanoTime() - t0) / 1e9);
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            SimHashGrouping.sketches(planted.table, CancellationToken.none());
            double sketch = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            List<long[]> groups = new NearDuplicateGrouping(0.9).lshGroups(planted.table, 2, CancellationToken.none());
            double total = (System.nanoTime() - start) / 1e9;
            java.util.Set<List<Long>> exact = planted.exactGroups(0.9);
            long same = groups.stream().map(g -> java.util.stream.LongStream.of(g).boxed().toList())
                    .filter(exact::contains).count();
            System.out.printf("%,d vectors: sketches %.1f s, grouping %.1f s, %d groups (%d identical to all-pairs of %d)%n",
                    size, sketch, total, groups.size(), same, exact.size());
        }
    }
}
