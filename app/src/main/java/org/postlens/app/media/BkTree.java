package org.postlens.app.media;

import java.util.function.IntConsumer;

/**
 * A BK-tree of 64-bit hashes under Hamming distance: finds every hash within a small distance of a query while
 * visiting a small part of the tree (the triangle inequality prunes whole subtrees). Items are numbered in the
 * order they were added.
 */
public final class BkTree {

    private static final int NO_CHILD = -1;

    private long[] hashes = new long[1024];
    /** children[node * 65 + distance]: the child at that distance, or NO_CHILD; allocated lazily per node. */
    private int[][] children = new int[1024][];
    private int size;

    public void add(long hash) {
        if (size == hashes.length) {
            hashes = java.util.Arrays.copyOf(hashes, size * 2);
            children = java.util.Arrays.copyOf(children, size * 2);
        }
        int item = size++;
        hashes[item] = hash;
        if (item == 0) {
            return;
        }
        int node = 0;
        while (true) {
            int distance = PerceptualHash.distance(hashes[node], hash);
            int[] edges = children[node];
            if (edges == null) {
                edges = new int[65];
                java.util.Arrays.fill(edges, NO_CHILD);
                children[node] = edges;
            }
            if (edges[distance] == NO_CHILD) {
                edges[distance] = item;
                return;
            }
            node = edges[distance];
        }
    }

    public int size() {
        return size;
    }

    public long hash(int item) {
        return hashes[item];
    }

    /** Calls {@code found} with every item whose hash is at most {@code maxDistance} bits from {@code query}. */
    public void within(long query, int maxDistance, IntConsumer found) {
        if (size == 0) {
            return;
        }
        int[] stack = new int[64];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            int distance = PerceptualHash.distance(hashes[node], query);
            if (distance <= maxDistance) {
                found.accept(node);
            }
            int[] edges = children[node];
            if (edges == null) {
                continue;
            }
            for (int d = Math.max(0, distance - maxDistance); d <= Math.min(64, distance + maxDistance); d++) {
                if (edges[d] != NO_CHILD) {
                    if (top == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, top * 2);
                    }
                    stack[top++] = edges[d];
                }
            }
        }
    }
}
