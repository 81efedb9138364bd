package org.postlens.app.media;

import org.postlens.app.domain.ImageFingerprint;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postlens.app.demo.ReusedImageSet;
import org.postlens.app.jobs.CancellationToken;

/**
 * Measures re-used image detection on a generated set: distinct pictures and their edited copies (rescaled,
 * recompressed, cropped, framed, captioned, brightened). Pairwise precision and recall of the clusters, for each
 * hash and threshold; the default must reach 0.95 on both. The figures are printed for the decision record.
 */
class PerceptualHashMeasurementTest {

    private static final int PICTURES = 120;
    private static List<ReusedImageSet.Sample> samples;

    @BeforeAll
    static void generate() {
        samples = ReusedImageSet.generate(PICTURES, 20261121L);
    }

    @Test
    void theDefaultHashAndThresholdFindReusedImagesWithPrecisionAndRecallOver95Percent() {
        Scores scores = score(hashes(PerceptualHash.DEFAULT), PerceptualHash.DEFAULT_MAX_DISTANCE);
        System.out.printf("default %s at distance <= %d: %s%n", PerceptualHash.DEFAULT.name(),
                PerceptualHash.DEFAULT_MAX_DISTANCE, scores);
        assertThat(scores.precision()).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(scores.recall()).as("recall").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void printsPrecisionAndRecallOfEachHashAtEachThreshold() {
        for (PerceptualHash algorithm : List.of(new DifferenceHash(), new DctHash())) {
            List<ImageFingerprint> hashes = hashes(algorithm);
            for (int distance = 4; distance <= 16; distance += 2) {
                System.out.printf("%s distance <= %2d: %s%n", algorithm.name(), distance, score(hashes, distance));
            }
        }
        assertThat(samples).hasSize(PICTURES * (1 + ReusedImageSet.edits()));
    }

    private static final java.util.Map<String, List<ImageFingerprint>> FINGERPRINTS = new java.util.HashMap<>();

    private static List<ImageFingerprint> hashes(PerceptualHash algorithm) {
        return FINGERPRINTS.computeIfAbsent(algorithm.name(),
                name -> samples.stream().map(sample -> algorithm.fingerprint(sample.image())).toList());
    }

    /** Pairs in one cluster that come from one picture (true positives), from two (false), and missed pairs. */
    private static Scores score(List<ImageFingerprint> hashes, int maxDistance) {
        int[] cluster = new int[hashes.size()];
        List<int[]> groups = new HashGrouping(maxDistance).groups(hashes, 1, CancellationToken.none());
        for (int g = 0; g < groups.size(); g++) {
            for (int member : groups.get(g)) {
                cluster[member] = g;
            }
        }
        long truePositives = 0;
        long falsePositives = 0;
        long falseNegatives = 0;
        for (int i = 0; i < hashes.size(); i++) {
            for (int j = i + 1; j < hashes.size(); j++) {
                boolean same = samples.get(i).source() == samples.get(j).source();
                boolean together = cluster[i] == cluster[j];
                if (same && together) {
                    truePositives++;
                } else if (together) {
                    falsePositives++;
                } else if (same) {
                    falseNegatives++;
                }
            }
        }
        return new Scores(truePositives, falsePositives, falseNegatives);
    }

    record Scores(long truePositives, long falsePositives, long falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return (double) truePositives / (truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "precision %.4f recall %.4f (pairs: %d right, %d wrong, %d missed)",
                    precision(), recall(), truePositives, falsePositives, falseNegatives);
        }
    }
}
