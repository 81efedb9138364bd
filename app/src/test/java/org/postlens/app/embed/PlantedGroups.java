package org.postlens.app.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.postlens.app.domain.Int8Vector;
import org.postlens.app.domain.Int8VectorTable;

/**
 * Random 384-d unit vectors with planted near-duplicate groups: a base vector and 1-19 copies of it with
 * noise, each copy at cosine 0.9-0.99 to the base, scattered over the table. Random pairs in 384 dimensions
 * have cosine around 0 ± 0.05, so the only pairs at 0.9 or more are inside planted groups.
 */
final class PlantedGroups {

    final Int8VectorTable table;
    /** Rows of each planted group, base first. */
    final List<int[]> groups;

    private PlantedGroups(Int8VectorTable table, List<int[]> groups) {
        this.table = table;
        this.groups = groups;
    }

    /** {@code size} rows, about {@code plantedShare} of them in groups; post id = row + 1. */
    static PlantedGroups generate(long seed, int size, double plantedShare, int dimension) {
        Random random = new Random(seed);
        int[] permutation = new int[size];
        for (int i = 0; i < size; i++) {
            permutation[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = permutation[i];
            permutation[i] = permutation[j];
            permutation[j] = swap;
        }
        List<int[]> groups = new ArrayList<>();
        int[] groupOf = new int[size];
        java.util.Arrays.fill(groupOf, -1);
        int used = 0;
        while (used < size * plantedShare) {
            int[] rows = new int[Math.min(size - used, 2 + random.nextInt(19))];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = permutation[used++];
                groupOf[rows[i]] = groups.size();
            }
            groups.add(rows);
        }
        float[][] bases = new float[groups.size()][];
        for (int g = 0; g < bases.length; g++) {
            bases[g] = RandomVectors.unit(random, dimension);
        }
        Int8VectorTable.Builder table = Int8VectorTable.builder(dimension, size);
        for (int row = 0; row < size; row++) {
            int g = groupOf[row];
            float[] vector;
            if (g < 0) {
                vector = RandomVectors.unit(random, dimension);
            } else if (groups.get(g)[0] == row) {
                vector = bases[g];
            } else {
                double cosine = 0.9 + 0.09 * random.nextDouble();
                vector = RandomVectors.near(random, bases[g], Math.sqrt(1 / (cosine * cosine) - 1));
            }
            table.add(row + 1, Int8Vector.quantize(vector));
        }
        return new PlantedGroups(table.build(), groups);
    }

    /** Pairs inside planted groups whose int8 cosine reaches the threshold, as {a, b} rows. */
    List<int[]> pairsAtOrAbove(double threshold) {
        List<int[]> pairs = new ArrayList<>();
        int dimension = table.dimension();
        for (int[] rows : groups) {
            for (int i = 0; i < rows.length; i++) {
                for (int j = i + 1; j < rows.length; j++) {
                    int a = Math.min(rows[i], rows[j]);
                    int b = Math.max(rows[i], rows[j]);
                    float score = NearDuplicateGrouping.dot(table.codes(), a * dimension, b * dimension, dimension)
                            * table.scale(a) * table.scale(b);
                    if (score >= threshold) {
                        pairs.add(new int[] {a, b});
                    }
                }
            }
        }
        return pairs;
    }

    /** The groups all-pairs grouping finds: components of {@link #pairsAtOrAbove}, as sorted post id lists. */
    java.util.Set<List<Long>> exactGroups(double threshold) {
        DisjointSet sets = new DisjointSet(table.size());
        for (int[] pair : pairsAtOrAbove(threshold)) {
            sets.union(pair[0], pair[1]);
        }
        java.util.Map<Integer, List<Long>> members = new java.util.TreeMap<>();
        for (int[] rows : groups) {
            for (int row : rows) {
                if (sets.sizeOf(row) >= 2) {
                    members.computeIfAbsent(sets.find(row), r -> new ArrayList<>()).add(table.postId(row));
                }
            }
        }
        java.util.Set<List<Long>> result = new java.util.HashSet<>();
        for (List<Long> ids : members.values()) {
            ids.sort(null);
            result.add(ids);
        }
        return result;
    }
}
