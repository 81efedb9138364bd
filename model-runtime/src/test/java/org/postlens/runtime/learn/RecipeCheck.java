package org.postlens.runtime.learn;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postlens.runtime.RuntimeEnvironment;
import org.postlens.runtime.train.ClassWeighting;
import org.postlens.runtime.train.LabelledText;
import org.postlens.runtime.train.ModelFamily;
import org.postlens.runtime.train.TextModelTrainer;
import org.postlens.runtime.train.TrainedTextModel;
import org.postlens.runtime.train.TrainingProgress;

/** Run by hand to compare recipes on toy data: -Dpostlens.recipe=true -Dlr=0.02,0.1 -Dsteps=300 -Dwd=0,1e-4. */
@EnabledIfSystemProperty(named = "postlens.recipe", matches = "true")
class RecipeCheck {

    @Test
    void compareOnEmotion() throws Exception {
        RuntimeEnvironment.configure(Path.of("target/djl-cache"));
        Path folder = Path.of("../../shared/data/tweeteval/emotion");
        List<String> labels = List.of("anger", "joy", "optimism", "sadness");
        List<LabelledText> train = read(folder, "train", labels);
        List<LabelledText> val = read(folder, "val", labels);
        int[] order = StratifiedFolds.nestedOrder(train, 1);
        for (String size : System.getProperty("sizes", "50,200,1000").split(",")) {
            int n = Integer.parseInt(size);
            List<LabelledText> labelled = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                labelled.add(train.get(order[i]));
            }
            for (String lr : System.getProperty("lr", "0.02").split(",")) {
                for (String steps : System.getProperty("steps", "300").split(",")) {
                    for (String buckets : System.getProperty("buckets", "262144").split(",")) {
                        for (String wd : System.getProperty("wd", "1e-4").split(",")) {
                            int b = 16;
                            int batches = (n + b - 1) / b;
                            int epochs = Math.max(4, Math.min(60, (Integer.parseInt(steps) + batches - 1) / batches));
                            long start = System.nanoTime();
                            TrainedTextModel model = TextModelTrainer.builder().setFamily(ModelFamily.NGRAM).optSeed(7)
                                    .optClassWeighting(ClassWeighting.BALANCED).optBatchSize(b).optMaxEpochs(epochs)
                                    .optLearningRate(Float.parseFloat(lr)).optWeightDecay(Float.parseFloat(wd))
                                    .optBuckets(Integer.parseInt(buckets)).build()
                                    .trainAll(labels, false, labelled, TrainingProgress.none(), () -> false);
                            double seconds = (System.nanoTime() - start) / 1e9;
                            System.out.printf(Locale.ROOT, "EMOTION n=%d lr=%s steps=%s buckets=%s wd=%s epochs=%d: val macro F1 %.3f (%.2f s)%n",
                                    n, lr, steps, buckets, wd, epochs, model.evaluate(val).macroF1(), seconds);
                        }
                    }
                }
            }
        }
    }

    /** The learning curve and the time it takes, on 1,000 TweetEval emotion labels (n-grams). */
    @Test
    void curveOnEmotion() throws Exception {
        RuntimeEnvironment.configure(Path.of("target/djl-cache"));
        Path folder = Path.of("../../shared/data/tweeteval/emotion");
        List<String> labels = List.of("anger", "joy", "optimism", "sadness");
        List<LabelledText> train = read(folder, "train", labels);
        int[] order = StratifiedFolds.nestedOrder(train, 1);
        List<LabelledText> labelled = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            labelled.add(train.get(order[i]));
        }
        long start = System.nanoTime();
        LearningCurve curve = ActiveLearner.builder().setFamily(ModelFamily.NGRAM).build()
                .learningCurve(labels, false, labelled, LearningCurve.DEFAULT_SIZES, TrainingProgress.none(), () -> false);
        System.out.printf(Locale.ROOT, "CURVE %s in %.1f s%n", curve.points(), (System.nanoTime() - start) / 1e9);
    }

    private static List<LabelledText> read(Path folder, String split, List<String> labels) throws java.io.IOException {
        List<String> texts = java.nio.file.Files.readAllLines(folder.resolve(split + "_text.txt"));
        List<String> gold = java.nio.file.Files.readAllLines(folder.resolve(split + "_labels.txt"));
        List<LabelledText> examples = new java.util.ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (!gold.get(i).isBlank()) {
                examples.add(LabelledText.of(texts.get(i), labels.get(Integer.parseInt(gold.get(i).strip()))));
            }
        }
        return examples;
    }

    /** Training on 1,000 labels, n-grams and 384-d vectors (random unit vectors: the time does not depend on them). */
    @Test
    void speedOnAThousandLabels() {
        RuntimeEnvironment.configure(Path.of("target/djl-cache"));
        java.util.Random random = new java.util.Random(1);
        List<LabelledText> labelled = new java.util.ArrayList<>();
        for (LabelledText example : LearnToyData.sentiment(1000, 3)) {
            float[] vector = new float[384];
            for (int d = 0; d < vector.length; d++) {
                vector[d] = (float) random.nextGaussian() / 20;
            }
            labelled.add(example.withVector(vector));
        }
        ActiveLearner learner = ActiveLearner.builder().setFamily(ModelFamily.COMBINED)
                .optVectorsOf(new org.postlens.runtime.ModelInfo("all-minilm-l6-v2", "1", 384, "OnnxRuntime", "cpu")).build();
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            TrainedTextModel model = learner.train(LearnToyData.LABELS, false, labelled, TrainingProgress.none(), () -> false);
            System.out.printf(Locale.ROOT, "SPEED 1000 labels COMBINED: %.2f s (report %.2f s, %d epochs)%n",
                    (System.nanoTime() - start) / 1e9, model.report().seconds(), model.report().epochs());
        }
    }

    @Test
    void compare() {
        RuntimeEnvironment.configure(Path.of("target/djl-cache"));
        List<LabelledText> unseen = LearnToyData.sentiment(300, 2, 2);
        for (int n : new int[] {12, 60, 300}) {
            List<LabelledText> labelled = LearnToyData.sentiment(n, 1, 2);
            for (String lr : System.getProperty("lr", "0.02").split(",")) {
                for (String steps : System.getProperty("steps", "300").split(",")) {
                    for (String wd : System.getProperty("wd", "1e-4").split(",")) {
                        for (String batch : System.getProperty("batch", "16").split(",")) {
                            int b = Integer.parseInt(batch);
                            int batches = (n + b - 1) / b;
                            int epochs = Math.max(4, Math.min(60, Integer.parseInt(steps) / batches));
                            long start = System.nanoTime();
                            TrainedTextModel model = TextModelTrainer.builder().setFamily(ModelFamily.NGRAM).optSeed(7)
                                    .optClassWeighting(ClassWeighting.BALANCED).optBatchSize(b).optMaxEpochs(epochs)
                                    .optLearningRate(Float.parseFloat(lr)).optWeightDecay(Float.parseFloat(wd))
                                    .optBuckets(Integer.getInteger("buckets", 1 << 16)).build()
                                    .trainAll(LearnToyData.LABELS, false, labelled, TrainingProgress.none(), () -> false);
                            System.out.printf(Locale.ROOT, "RECIPE n=%d lr=%s steps=%s wd=%s batch=%s epochs=%d: unseen acc %.3f (%.2f s)%n",
                                    n, lr, steps, wd, batch, epochs, model.evaluate(unseen).accuracy(), (System.nanoTime() - start) / 1e9);
                        }
                    }
                }
            }
        }
    }
}
