package org.postlens.runtime;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Run by hand, not a timed assertion:
 * {@code ./mvnw -q -B -o test -pl model-runtime -am -Dtest=ThroughputCheck -Dsurefire.failIfNoSpecifiedTests=false -Dpostlens.throughput=true}
 *
 * <p>Prints wall-clock posts/s and posts per CPU-second of the whole process; on a shared machine the
 * second is the steadier measure of work, the first the one a user sees.
 */
@EnabledIfSystemProperty(named = "postlens.throughput", matches = "true")
class ThroughputCheck {

    static final int ROUNDS = Integer.getInteger("postlens.rounds", 3);

    @Test
    void postsPerSecond() throws Exception {
        Path dir = Path.of("target/throughput-cache");
        List<String> tweets = TestTexts.tweets(2_000, 42);
        List<EncoderSettings> configs = new ArrayList<>();
        for (boolean exact : new boolean[] {true, false}) {
            for (int[] threads : new int[][] {{1, 1}, {1, 2}, {2, 1}}) {
                configs.add(EncoderSettings.defaults().withExactLengthBatches(exact).withThreads(threads[0], threads[1]));
            }
        }
        List<MiniLmTextEncoder> encoders = new ArrayList<>();
        Map<EncoderSettings, List<String>> results = new LinkedHashMap<>();
        try {
            for (EncoderSettings settings : configs) {
                MiniLmTextEncoder encoder = MiniLmTextEncoder.open(dir, DevicePreference.CPU, settings);
                encoders.add(encoder);
                encoder.encode(tweets.subList(0, 300));
                results.put(settings, new ArrayList<>());
            }
            printMeanTokens(dir, tweets);
            // Rounds interleave the configurations, so load from other processes hits all of them alike.
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < configs.size(); i++) {
                    for (int size : new int[] {2_000, 100}) {
                        long cpuStart = processCpuNanos();
                        long start = System.nanoTime();
                        encoders.get(i).encode(tweets.subList(0, size));
                        double wall = (System.nanoTime() - start) / 1e9;
                        double cpu = (processCpuNanos() - cpuStart) / 1e9;
                        results.get(configs.get(i)).add(String.format("n=%d %.0f/s %.0f/cpu-s", size, size / wall, size / cpu));
                    }
                }
            }
        } finally {
            encoders.forEach(MiniLmTextEncoder::close);
        }
        results.forEach((settings, list) -> System.out.printf("THROUGHPUT %s: %s%n", settings, list));
    }

    /**
     * Whether padding (with its attention mask) changes a text's floats in this ONNX Runtime build on this
     * CPU. It did not on the development machine; length-exact batches make the encoder independent of that.
     */
    @Test
    void paddedBatchesAgainstTextsAlone() {
        EncoderSettings padded = EncoderSettings.defaults().withExactLengthBatches(false);
        List<String> texts = new ArrayList<>(List.of("", "ok", "lol 😂", TestTexts.ARABIC, TestTexts.HINDI));
        texts.addAll(TestTexts.SENTENCES);
        texts.addAll(TestTexts.tweets(100, 3));
        int differing = 0;
        try (MiniLmTextEncoder encoder = MiniLmTextEncoder.open(Path.of("target/throughput-cache"), DevicePreference.CPU, padded)) {
            for (String text : texts) {
                float[] alone = encoder.encode(List.of(text))[0];
                float[] padded256 = encoder.encode(List.of(TestTexts.veryLong(), text))[1];
                differing += Arrays.equals(alone, padded256) ? 0 : 1;
            }
        }
        System.out.printf("PADDING texts whose floats change when padded to 256 tokens: %d of %d%n", differing, texts.size());
    }

    private static void printMeanTokens(Path dir, List<String> tweets) throws Exception {
        Path file = dir.resolve("models/all-minilm-l6-v2-" + MiniLmTextEncoder.MODEL_VERSION + "/tokenizer.json");
        try (HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(file).optPadding(false).build()) {
            int[] lengths = Arrays.stream(tokenizer.batchEncode(tweets)).mapToInt(e -> e.getIds().length).toArray();
            System.out.printf("TOKENS mean=%.1f distinct lengths=%d%n",
                    Arrays.stream(lengths).average().orElse(0), Arrays.stream(lengths).distinct().count());
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
