package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.postlens.app.domain.ImageFingerprint;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.media.HashGrouping;
import org.postlens.app.media.PerceptualHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code postlens bench image-clusters}: time to group N image fingerprints and to look one image up. */
@Command(name = "image-clusters", mixinStandardHelpOptions = true,
        description = {"Generate N random image fingerprints, 10% of them in planted groups of 10 near copies",
                "(a few bits flipped), and time grouping them (BK-trees) against comparing every pair, and one",
                "\"where else does this image appear\" lookup. The last line of output is one JSON object."})
public final class BenchImageClustersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--images", paramLabel = "N", defaultValue = "100000",
            description = "Number of fingerprints (default: ${DEFAULT-VALUE}).")
    int images;

    @Option(names = "--threshold", paramLabel = "BITS", defaultValue = "" + PerceptualHash.DEFAULT_MAX_DISTANCE,
            description = "Matching distance (default: ${DEFAULT-VALUE}).")
    int threshold;

    @Option(names = "--pairwise-limit", paramLabel = "N", defaultValue = "20000",
            description = "Time the all-pairs comparison only up to N fingerprints (default: ${DEFAULT-VALUE}).")
    int pairwiseLimit;

    @Override
    public Integer call() {
        if (images < 10) {
            throw new UserError("--images must be at least 10, not " + images);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<ImageFingerprint> prints = plantedFingerprints(images, new Random(11));
        long start = System.nanoTime();
        List<int[]> groups = new HashGrouping(threshold).groups(prints, 2, CancellationToken.none());
        double groupSeconds = (System.nanoTime() - start) / 1e9;
        Double pairwiseSeconds = null;
        if (images <= pairwiseLimit) {
            start = System.nanoTime();
            long matches = 0;
            for (int i = 0; i < prints.size(); i++) {
                for (int j = i + 1; j < prints.size(); j++) {
                    if (prints.get(i).matches(prints.get(j), threshold)) {
                        matches++;
                    }
                }
            }
            pairwiseSeconds = (System.nanoTime() - start) / 1e9;
            out.printf("All pairs: %,d matching pairs in %.2f s%n", matches, pairwiseSeconds);
        }
        start = System.nanoTime();
        int lookups = 100;
        for (int i = 0; i < lookups; i++) {
            HashGrouping.near(prints, prints.get(i * (images / lookups)), threshold);
        }
        double lookupMillis = (System.nanoTime() - start) / 1e6 / lookups;
        out.printf("%,d fingerprints: %,d groups in %.2f s; one lookup %.1f ms%n", images, groups.size(), groupSeconds,
                lookupMillis);
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("images", images);
        json.put("threshold", threshold);
        json.put("groups", groups.size());
        json.put("planted_groups", images / 100);
        json.put("group_seconds", Math.round(groupSeconds * 1000) / 1000.0);
        if (pairwiseSeconds != null) {
            json.put("pairwise_seconds", Math.round(pairwiseSeconds * 1000) / 1000.0);
        }
        json.put("lookup_ms", Math.round(lookupMillis * 100) / 100.0);
        out.println(json);
        out.flush();
        return ExitCodes.OK;
    }

    /** Random fingerprints; every tenth block of ten is one picture and nine copies with up to 4 bits flipped per view. */
    static List<ImageFingerprint> plantedFingerprints(int count, Random random) {
        List<ImageFingerprint> prints = new ArrayList<>(count);
        ImageFingerprint original = null;
        for (int i = 0; i < count; i++) {
            if (i % 100 < 10 && i % 10 != 0 && original != null) {
                prints.add(new ImageFingerprint(flip(original.whole(), random), flip(original.centre(), random)));
            } else {
                original = new ImageFingerprint(random.nextLong(), random.nextLong());
                prints.add(original);
            }
        }
        return prints;
    }

    private static long flip(long hash, Random random) {
        long flipped = hash;
        for (int bit = random.nextInt(5); bit > 0; bit--) {
            flipped ^= 1L << random.nextInt(64);
        }
        return flipped;
    }
}
