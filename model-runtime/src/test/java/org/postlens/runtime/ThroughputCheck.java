package org.postlens.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Run by hand, not a timed assertion:
 * {@code ./mvnw -q -B -o test -pl model-runtime -am -Dtest=ThroughputCheck -Dsurefire.failIfNoSpecifiedTests=false -Dpostlens.throughput=true}
 */
@EnabledIfSystemProperty(named = "postlens.throughput", matches = "true")
class ThroughputCheck {

    @Test
    void postsPerSecond() {
        Path dir = Path.of("target/throughput-cache");
        List<String> tweets = TestTexts.tweets(2_000, 42);
        List<EncoderSettings> configs = new ArrayList<>();
        for (boolean exact : new boolean[] {true, false}) {
            for (int[] threads : new int[][] {{1, 1}, {1, 2}, {2, 1}}) {
                configs.add(EncoderSettings.defaults().withExactLengthBatches(exact).withThreads(threads[0], threads[1]));
            }
        }
        List<MiniLmTextEncoder> encoders = new ArrayList<>();
        Map<EncoderSettings, List<Double>> rates = new LinkedHashMap<>();
        try {
            for (EncoderSettings settings : configs) {
                MiniLmTextEncoder encoder = MiniLmTextEncoder.open(dir, DevicePreference.CPU, settings);
                encoders.add(encoder);
                encoder.encode(tweets.subList(0, 300));
                rates.put(settings, new ArrayList<>());
            }
            // Rounds interleave the configurations, so load from other processes hits all of them alike.
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < configs.size(); i++) {
                    long start = System.nanoTime();
                    encoders.get(i).encode(tweets);
                    rates.get(configs.get(i)).add(tweets.size() / ((System.nanoTime() - start) / 1e9));
                }
            }
        } finally {
            encoders.forEach(MiniLmTextEncoder::close);
        }
        rates.forEach((settings, list) -> System.out.printf("THROUGHPUT %s: %s posts/s%n", settings,
                list.stream().map(r -> String.format("%.0f", r)).toList()));
    }
}
