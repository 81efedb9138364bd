package org.postlens.app.media;

import org.postlens.app.domain.ImageFingerprint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.JobCancelledException;

/**
 * Groups images that are chained by near matches (single linkage): two images are in one group when a path of
 * fingerprints at most {@code maxDistance} bits apart joins them, so a cropped copy of a captioned copy joins
 * the original. Candidates come from multi-index hash tables, one per view, so a project of 100,000 images is not
 * compared pair by pair.
 */
public final class HashGrouping {

    private final int maxDistance;

    public HashGrouping(int maxDistance) {
        if (maxDistance < 0 || maxDistance > 64) {
            throw new IllegalArgumentException("the distance is a number of bits, 0 to 64: " + maxDistance);
        }
        this.maxDistance = maxDistance;
    }

    /** Groups of indices into {@code prints} with at least {@code minSize} members, each in ascending order. */
    public List<int[]> groups(List<ImageFingerprint> prints, int minSize, CancellationToken cancel) {
        int n = prints.size();
        MultiIndexHashTable wholes = new MultiIndexHashTable(prints.stream().mapToLong(ImageFingerprint::whole).toArray());
        MultiIndexHashTable centres = new MultiIndexHashTable(prints.stream().mapToLong(ImageFingerprint::centre).toArray());
        int[] group = new int[n];
        Arrays.fill(group, -1);
        List<int[]> groups = new ArrayList<>();
        int[] queue = new int[n];
        int[] tail = new int[1];
        for (int start = 0; start < n; start++) {
            if (group[start] >= 0) {
                continue;
            }
            if ((start & 1023) == 0 && cancel.isCancelled()) {
                throw new JobCancelledException();
            }
            int root = start;
            int head = 0;
            tail[0] = 0;
            queue[tail[0]++] = root;
            group[root] = root;
            ImageFingerprint[] current = new ImageFingerprint[1];
            java.util.function.IntConsumer join = neighbour -> {
                if (group[neighbour] < 0 && prints.get(neighbour).matches(current[0], maxDistance)) {
                    group[neighbour] = root;
                    queue[tail[0]++] = neighbour;
                }
            };
            int radius = maxDistance + ImageFingerprint.BOTH_VIEWS_SLACK;
            while (head < tail[0]) {
                current[0] = prints.get(queue[head++]);
                // Every match has its whole view within the radius, or its centre view within the threshold.
                wholes.within(current[0].whole(), radius, join);
                centres.within(current[0].centre(), maxDistance, join);
            }
            if (tail[0] >= minSize) {
                int[] members = Arrays.copyOf(queue, tail[0]);
                Arrays.sort(members);
                groups.add(members);
            }
        }
        return groups;
    }

    /** Indices of the fingerprints at most {@code maxDistance} bits from {@code query}, nearest first. */
    public static List<Integer> near(List<ImageFingerprint> prints, ImageFingerprint query, int maxDistance) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < prints.size(); i++) {
            if (prints.get(i).matches(query, maxDistance)) {
                found.add(i);
            }
        }
        found.sort(java.util.Comparator.comparingInt(i -> prints.get(i).distanceTo(query)));
        return found;
    }
}
