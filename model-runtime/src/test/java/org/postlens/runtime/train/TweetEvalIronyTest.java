package org.postlens.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.runtime.RuntimeEnvironment;
import org.postlens.runtime.TextClassifier;
import org.postlens.runtime.pack.Classifiers;
import org.postlens.runtime.pack.ModelPackLoader;

/**
 * Trains the n-gram model on TweetEval irony from the project's shared data (skipped without it) and checks
 * that the validation F1 of the ironic class is in the range published baselines reach (SVM 61.7, FastText 63.1
 * on the test split).
 */
class TweetEvalIronyTest {

    @TempDir
    static Path cacheDir;

    @TempDir
    Path root;

    @Test
    void ngramModelReachesASensibleValidationScoreOnIrony() throws Exception {
        Path data = SharedData.dataDir().filter(dir -> Files.isDirectory(dir.resolve("tweeteval/irony"))).orElse(null);
        Assumptions.assumeTrue(data != null, "no ../shared/data/tweeteval/irony beside the repository");
        RuntimeEnvironment.configure(cacheDir);
        TrainingData irony = SharedData.tweetEval(data, "irony");
        assertThat(irony.labels()).containsExactly("non_irony", "irony");

        TrainedTextModel model = TextModelTrainer.builder().setFamily(ModelFamily.NGRAM).optMetric("f1:irony").optSeed(42).build()
                .train(irony, TrainingProgress.none(), () -> false);

        TrainingReport report = model.report();
        System.out.printf(Locale.ROOT, "IRONY n-gram: validation f1:irony %.4f, accuracy %.4f, macro_f1 %.4f, epoch %d of %d, %.1f s%n",
                report.value(), report.validation().accuracy(), report.validation().macroF1(), report.bestEpoch(), report.epochs(),
                report.seconds());
        assertThat(report.value()).isGreaterThan(0.58);
        Path folder = model.writePack(root.resolve("irony-en"), PackDescription.of("irony-en", "1.0.0", "irony", List.of("en"),
                "TweetEval irony (SemEval-2018 task 3), train split", "TweetEval: no restrictions stated; Twitter terms apply"));
        long bytes = Files.size(folder.resolve(TrainedTextModel.MODEL_FILE));
        System.out.printf(Locale.ROOT, "IRONY pack: %d bytes of parameters%n", bytes);
        assertThat(bytes).isLessThan(3L * 1024 * 1024);
        try (TextClassifier classifier = Classifiers.open(new ModelPackLoader().load(folder), null)) {
            assertThat(TrainedTextModel.evaluate(classifier, irony.validation()).f1("irony")).isEqualTo(report.value());
        }
    }
}
