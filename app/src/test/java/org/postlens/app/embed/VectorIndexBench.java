package org.postlens.app.embed;

import java.util.List;
import java.util.Random;
import org.postlens.app.domain.Int8Vector;
import org.postlens.app.domain.Int8VectorTable;

/**
 * Query time of the exact index on synthetic random unit vectors (not a test: timings are never asserted).
 * Run: java -Xmx1g -cp app/target/classes:app/target/test-classes org.postlens.app.embed.VectorIndexBench 1000000
 */
public final class VectorIndexBench {

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int dimension = 384;
        Random random = new Random(1);
        Int8VectorTable.Builder builder = Int8VectorTable.builder(dimension, size);
        for (int i = 0; i < size; i++) {
            builder.add(i + 1, Int8Vector.quantize(RandomVectors.unit(random, dimension)));
        }
        VectorIndex index = new VectorIndex(builder.build());
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("%,d x %d vectors, heap used %,d MB, %d processors%n", size, dimension,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.availableProcessors());
        long[] nanos = new long[30];
        for (int q = 0; q < nanos.length; q++) {
            float[] query = RandomVectors.unit(random, dimension);
            long start = System.nanoTime();
            List<Neighbor> top = index.nearest(query, 20);
            nanos[q] = System.nanoTime() - start;
            if (top.size() != 20) {
                throw new AssertionError("expected 20 results");
            }
        }
        java.util.Arrays.sort(nanos, 5, nanos.length);
        System.out.printf("per query (top 20, after 5 warm-up): min %.0f ms, median %.0f ms, max %.0f ms%n",
                nanos[5] / 1e6, nanos[5 + (nanos.length - 5) / 2] / 1e6, nanos[nanos.length - 1] / 1e6);
    }
}
