package org.postlens.runtime;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postlens.runtime.pack.Classifiers;
import org.postlens.runtime.pack.ModelPackLoader;
import org.postlens.runtime.pack.TextModelBlock;
import org.postlens.runtime.pack.TextModelClassifier;
import org.postlens.runtime.pack.TextModelSpec;
import org.postlens.runtime.text.HashedNgrams;
import org.postlens.runtime.text.NgramFeaturizer;
import org.postlens.runtime.train.LabelledText;
import org.postlens.runtime.train.ModelFamily;
import org.postlens.runtime.train.PackDescription;
import org.postlens.runtime.train.TextModelTrainer;
import org.postlens.runtime.train.TrainingData;
import org.postlens.runtime.train.TrainingProgress;

/**
 * Run by hand, not a timed assertion:
 * {@code ./mvnw -q -B -o test -pl model-runtime -Dtest=NgramThroughputCheck -Dsurefire.failIfNoSpecifiedTests=false -Dpostlens.throughput=true}
 *
 * <p>Classifies tweet-length texts with an n-gram pack (2 labels, 2^18 buckets) on one thread: the shipped path
 * (features and forward pass in Java), features alone, and for comparison the same forward pass as DJL PyTorch
 * batches of 256. Prints posts/s (wall clock) and posts per CPU-second of the process; the last line is JSON.
 */
@EnabledIfSystemProperty(named = "postlens.throughput", matches = "true")
class NgramThroughputCheck {

    private static final int POSTS = Integer.getInteger("postlens.posts", 20_000);
    private static final int ROUNDS = Integer.getInteger("postlens.rounds", 3);

    @Test
    void postsPerSecond() throws Exception {
        RuntimeEnvironment.configure(Path.of("target/djl-cache"));
        List<String> tweets = TestTexts.tweets(POSTS, 42);
        List<LabelledText> examples = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String text = tweets.get(i);
            examples.add(LabelledText.of(text, text.contains("fake") || text.contains("🙄") ? "yes" : "no"));
        }
        TrainingData data = new TrainingData(List.of("no", "yes"), false, examples.subList(0, 1_500), examples.subList(1_500, 2_000));
        Path folder = Files.createTempDirectory("ngram-throughput");
        TextModelTrainer.builder().setFamily(ModelFamily.NGRAM).optMaxEpochs(2).build()
                .train(data, TrainingProgress.none(), () -> false)
                .writePack(folder.resolve("check"), PackDescription.of("check", "1", "check", List.of("en"), "synthetic", "CC0-1.0"));
        TextModelClassifier classifier = (TextModelClassifier) Classifiers.open(new ModelPackLoader().load(folder.resolve("check")), null);
        NgramFeaturizer featurizer = new NgramFeaturizer(classifier.spec().ngrams());

        classifier.classify(tweets.subList(0, 2_000)); // warm-up: JIT
        double[] shipped = new double[2];
        double[] features = new double[2];
        double[] djl = new double[2];
        for (int round = 0; round < ROUNDS; round++) {
            best(shipped, measure(() -> classifier.classify(tweets)));
            best(features, measure(() -> tweets.forEach(featurizer::featurize)));
            best(djl, measure(() -> djlForward(folder.resolve("check"), classifier.spec(), featurizer, tweets)));
        }
        long ngrams = 0;
        for (String tweet : tweets.subList(0, 1_000)) {
            ngrams += featurizer.featurize(tweet).size();
        }
        System.out.printf(Locale.ROOT, "NGRAM posts=%d mean_ngrams=%.0f shipped %.0f/s (%.0f/cpu-s), features only %.0f/s (%.0f/cpu-s), "
                + "DJL forward (batch 256, load included) %.0f/s (%.0f/cpu-s)%n", POSTS, ngrams / 1000.0, shipped[0], shipped[1], features[0],
                features[1], djl[0], djl[1]);
        System.out.printf(Locale.ROOT, "{\"ngram_posts_per_s\": %.0f, \"ngram_posts_per_cpu_s\": %.0f, \"features_posts_per_s\": %.0f,"
                + " \"djl_forward_posts_per_s\": %.0f, \"djl_forward_posts_per_cpu_s\": %.0f}%n", shipped[0], shipped[1], features[0], djl[0], djl[1]);
    }

    private static void djlForward(Path pack, TextModelSpec spec, NgramFeaturizer featurizer, List<String> tweets) {
        try (Model model = Model.newInstance("check", Device.cpu(), "PyTorch")) {
            TextModelBlock block = new TextModelBlock(spec);
            model.setBlock(block);
            model.load(pack, "model", Map.of("epoch", "0"));
            ParameterStore store = new ParameterStore(model.getNDManager(), false);
            for (int from = 0; from < tweets.size(); from += 256) {
                List<String> batch = tweets.subList(from, Math.min(tweets.size(), from + 256));
                HashedNgrams[] rows = batch.stream().map(featurizer::featurize).toArray(HashedNgrams[]::new);
                int width = 1;
                for (HashedNgrams row : rows) {
                    width = Math.max(width, row.size());
                }
                long[] ids = new long[rows.length * width];
                float[] weights = new float[rows.length * width];
                for (int r = 0; r < rows.length; r++) {
                    for (int j = 0; j < rows[r].size(); j++) {
                        ids[r * width + j] = rows[r].buckets()[j];
                        weights[r * width + j] = rows[r].weights()[j];
                    }
                }
                try (NDManager manager = model.getNDManager().newSubManager()) {
                    NDArray logits = block.forward(store, new NDList(manager.create(ids, new Shape(rows.length, width)),
                            manager.create(weights, new Shape(rows.length, width))), false).singletonOrThrow();
                    logits.toFloatArray();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void best(double[] best, double[] measured) {
        best[0] = Math.max(best[0], measured[0]);
        best[1] = Math.max(best[1], measured[1]);
    }

    private static double[] measure(Runnable work) {
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        work.run();
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        return new double[] {POSTS / wall, POSTS / cpuSeconds};
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
