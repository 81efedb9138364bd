package org.postlens.app.embed;

/** Union-find over rows 0..n-1 with path halving and union by size. */
final class DisjointSet {

    private final int[] parent;
    private final int[] size;

    DisjointSet(int n) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** The root without shortening paths: safe to call from several threads while no one unions. */
    int root(int x) {
        while (parent[x] != x) {
            x = parent[x];
        }
        return x;
    }

    void union(int a, int b) {
        int rootA = find(a);
        int rootB = find(b);
        if (rootA == rootB) {
            return;
        }
        if (size[rootA] < size[rootB]) {
            int swap = rootA;
            rootA = rootB;
            rootB = swap;
        }
        parent[rootB] = rootA;
        size[rootA] += size[rootB];
    }

    int sizeOf(int x) {
        return size[find(x)];
    }
}
