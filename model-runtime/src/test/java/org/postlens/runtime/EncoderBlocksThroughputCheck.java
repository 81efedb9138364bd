package org.postlens.runtime;

import ai.djl.Model;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postlens.runtime.encoder.MiniLmEncoderBlock;

/**
 * Run by hand, not a timed assertion:
 * {@code ./mvnw -q -B -o verify -pl model-runtime -Dtest=EncoderBlocksThroughputCheck -Dsurefire.failIfNoSpecifiedTests=false -Dpostlens.throughput=true}
 *
 * <p>Forward posts/s of the DJL-blocks encoder (PyTorch) against the ONNX Runtime encoder on the same 2,000
 * tweet-length texts, rounds interleaved; then training sentences/s of the blocks encoder with a 2-class head
 * (batch 32, Adam). Prints lines starting with COSINE, THROUGHPUT and TRAINING.
 */
@EnabledIfSystemProperty(named = "postlens.throughput", matches = "true")
class EncoderBlocksThroughputCheck {

    private static final Path CACHE = Path.of("target/throughput-cache");

    @Test
    void forwardPostsPerSecond() {
        List<String> tweets = TestTexts.tweets(2_000, 42);
        try (MiniLmTextEncoder onnx = MiniLmTextEncoder.open(CACHE, DevicePreference.CPU);
                MiniLmBlocksEncoder blocks = MiniLmBlocksEncoder.open(CACHE, DevicePreference.CPU)) {
            float[][] reference = onnx.encode(tweets);
            float[][] ours = blocks.encode(tweets);
            double minCosine = 1;
            for (int i = 0; i < tweets.size(); i++) {
                minCosine = Math.min(minCosine, MiniLmTextEncoderTest.dot(reference[i], ours[i])
                        / (MiniLmTextEncoderTest.norm(reference[i]) * MiniLmTextEncoderTest.norm(ours[i])));
            }
            System.out.printf("COSINE lowest between the two encoders over %d texts: %.7f%n", tweets.size(), minCosine);
            for (int round = 0; round < ThroughputCheck.ROUNDS; round++) {
                for (TextEncoder encoder : List.<TextEncoder>of(onnx, blocks)) {
                    long cpuStart = processCpuNanos();
                    long start = System.nanoTime();
                    encoder.encode(tweets);
                    double wall = (System.nanoTime() - start) / 1e9;
                    double cpu = (processCpuNanos() - cpuStart) / 1e9;
                    System.out.printf("THROUGHPUT %s round %d: %.0f posts/s, %.0f posts/cpu-s%n",
                            encoder.model().engine(), round, tweets.size() / wall, tweets.size() / cpu);
                }
            }
        }
    }

    @Test
    void trainingSentencesPerSecond() throws Exception {
        RuntimeEnvironment.configure(CACHE);
        List<String> tweets = TestTexts.tweets(32 * 6, 7);
        try (HuggingFaceTokenizer tokenizer = MiniLmPretrained.tokenizer(CACHE); Model model = Model.newInstance("train-check", "PyTorch")) {
            MiniLmEncoderBlock encoder = MiniLmPretrained.block(CACHE, model.getNDManager());
            model.setBlock(new SequentialBlock().add(encoder).add(Linear.builder().setUnits(2).build()));
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(Optimizer.adamW().optLearningRateTracker(Tracker.fixed(3e-5f)).build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(32, 8), new Shape(32, 8));
                Encoding[] encodings = tokenizer.batchEncode(tweets);
                int tokens = 0;
                long start = 0;
                for (int b = 0; b < tweets.size() / 32; b++) {
                    if (b == 1) {
                        start = System.nanoTime(); // the first step warms up
                    }
                    int[] batch = new int[32];
                    for (int i = 0; i < batch.length; i++) {
                        batch[i] = b * 32 + i;
                    }
                    TokenBatch tokenBatch = TokenBatch.of(encodings, batch);
                    tokens += b > 0 ? tokenBatch.length() : 0;
                    try (NDManager manager = trainer.getManager().newSubManager()) {
                        Shape shape = new Shape(32, tokenBatch.length());
                        NDList inputs = new NDList(manager.create(tokenBatch.flatIds(), shape), manager.create(tokenBatch.flatMask(), shape));
                        float[] labels = new float[32];
                        for (int i = 0; i < labels.length; i++) {
                            labels[i] = tweets.get(batch[i]).contains("fake") ? 1 : 0;
                        }
                        NDArray target = manager.create(labels);
                        try (GradientCollector collector = trainer.newGradientCollector()) {
                            collector.backward(trainer.getLoss().evaluate(new NDList(target), trainer.forward(inputs)));
                        }
                        trainer.step();
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                int sentences = tweets.size() - 32;
                System.out.printf("TRAINING %.1f sentences/s (batch 32, padded length %.0f tokens)%n",
                        sentences / seconds, tokens / (double) (tweets.size() / 32 - 1));
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
