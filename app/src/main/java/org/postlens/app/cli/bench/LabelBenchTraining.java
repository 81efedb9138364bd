package org.postlens.app.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.postlens.app.domain.Int8Vector;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.learn.ActiveLearner;
import org.postlens.runtime.train.LabelledText;
import org.postlens.runtime.train.ModelFamily;
import org.postlens.runtime.train.TrainedTextModel;
import org.postlens.runtime.train.TrainingProgress;

/**
 * The training half of {@code bench label}: the active learner trained on N labels (n-grams and 384-d sentence
 * vectors, as a project stores them: int8, read back as floats), timed against the 10 s target for 1,000 labels.
 * Texts and labels are TweetEval emotion's when {@code ../shared/data} has it, else synthetic posts whose label
 * shows in a cue word; the vectors are seeded random unit vectors (training time does not depend on their values,
 * and a project's stored vectors are never re-encoded).
 */
public final class LabelBenchTraining {

    public static final double TARGET_SECONDS = 10;
    private static final List<String> LABELS = List.of("anger", "joy", "optimism", "sadness");
    private static final String[][] CUES = {{"furious", "outrage", "angry"}, {"great", "lovely", "fun"},
            {"hope", "soon", "better"}, {"sad", "miss", "lost"}};

    /**
     * @param data where the texts came from ("TweetEval emotion (train split)" or "synthetic")
     * @param seconds the training alone (n-gram features included; figures and predictions not)
     */
    public record Result(int labels, String family, String data, double seconds, double targetSeconds, double ratioToTarget,
            int epochs) {}

    private final Optional<Path> sharedData;

    /** @param sharedData the folder of the project's shared labelled data, when present */
    public LabelBenchTraining(Optional<Path> sharedData) {
        this.sharedData = sharedData;
    }

    public Result run(int labels, ModelFamily family) throws IOException {
        Optional<Path> emotion = sharedData.map(dir -> dir.resolve("tweeteval").resolve("emotion"))
                .filter(dir -> Files.isRegularFile(dir.resolve("train_text.txt")));
        List<LabelledText> examples = emotion.isPresent() ? tweetEval(emotion.get(), labels) : List.of();
        String data = "TweetEval emotion (train split)";
        if (examples.size() < labels) {
            examples = synthetic(labels);
            data = "synthetic";
        }
        examples = withStoredVectors(examples);
        ActiveLearner learner = ActiveLearner.builder().setFamily(family).optSeed(42)
                .optVectorsOf(new ModelInfo("all-minilm-l6-v2", "bench", 384, "stored vectors", "cpu")).build();
        long start = System.nanoTime();
        TrainedTextModel model = learner.train(LABELS, false, examples, TrainingProgress.none(), () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        double target = TARGET_SECONDS * labels / 1000.0;
        return new Result(labels, family.name(), data, seconds, target, seconds / target, model.report().epochs());
    }

    private static List<LabelledText> tweetEval(Path folder, int count) throws IOException {
        List<String> texts = Files.readAllLines(folder.resolve("train_text.txt"), StandardCharsets.UTF_8);
        List<String> gold = Files.readAllLines(folder.resolve("train_labels.txt"), StandardCharsets.UTF_8);
        List<LabelledText> examples = new ArrayList<>();
        for (int i = 0; i < Math.min(texts.size(), gold.size()) && examples.size() < count; i++) {
            String label = gold.get(i).strip();
            if (label.matches("[0-3]")) {
                examples.add(LabelledText.of(texts.get(i), LABELS.get(Integer.parseInt(label))));
            }
        }
        return examples;
    }

    private static List<LabelledText> synthetic(int count) {
        SyntheticPosts posts = new SyntheticPosts(7, count);
        SplittableRandom random = new SplittableRandom(11);
        List<LabelledText> examples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int label = i % LABELS.size();
            String cue = CUES[label][random.nextInt(CUES[label].length)];
            examples.add(LabelledText.of(posts.next().text() + " " + cue, LABELS.get(label)));
        }
        return examples;
    }

    /** Each example with a seeded random unit vector, stored as int8 and read back, as a project holds them. */
    private static List<LabelledText> withStoredVectors(List<LabelledText> examples) {
        SplittableRandom random = new SplittableRandom(13);
        List<LabelledText> withVectors = new ArrayList<>(examples.size());
        for (LabelledText example : examples) {
            float[] vector = new float[384];
            double norm = 0;
            for (int d = 0; d < vector.length; d++) {
                vector[d] = (float) (random.nextDouble() * 2 - 1);
                norm += vector[d] * vector[d];
            }
            for (int d = 0; d < vector.length; d++) {
                vector[d] /= (float) Math.sqrt(norm);
            }
            Int8Vector stored = Int8Vector.quantize(vector);
            float[] read = new float[vector.length];
            for (int d = 0; d < read.length; d++) {
                read[d] = stored.codes()[d] * stored.scale();
            }
            withVectors.add(example.withVector(read));
        }
        return withVectors;
    }
}
