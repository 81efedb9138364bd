package org.postlens.runtime.train;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.MiniLmTextEncoder;
import org.postlens.runtime.RuntimeEnvironment;

/**
 * Run by hand to see validation figures and training time for a TweetEval task, not a test:
 * {@code ./mvnw -q -B -o test -pl model-runtime -Dtest=TrainingCheck -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpostlens.training=true -Dtask=irony -Dmetric=f1:irony -Dfamily=NGRAM -Dlr=0.01 -Dweights=BALANCED}
 */
@EnabledIfSystemProperty(named = "postlens.training", matches = "true")
class TrainingCheck {

    @Test
    void trainOneTask() {
        Path data = SharedData.dataDir().orElseThrow(() -> new IllegalStateException("no ../shared/data"));
        String task = System.getProperty("task", "irony");
        TrainingData training = SharedData.tweetEval(data, task);
        ModelFamily family = ModelFamily.valueOf(System.getProperty("family", "NGRAM"));
        RuntimeEnvironment.configure(Path.of("target/djl-cache"));
        MiniLmTextEncoder encoder = family.readsVectors() ? MiniLmTextEncoder.open(Path.of("target/djl-cache"), DevicePreference.CPU) : null;
        try {
            for (String lr : System.getProperty("lr", "0.01").split(",")) {
                for (String batch : System.getProperty("batch", "32").split(",")) {
                    for (String wd : System.getProperty("wd", "0").split(",")) {
                        TextModelTrainer trainer = TextModelTrainer.builder().setFamily(family)
                                .optSeed(Long.getLong("seed", 42))
                                .optMetric(System.getProperty("metric", "macro_f1"))
                                .optClassWeighting(ClassWeighting.valueOf(System.getProperty("weights", "NONE")))
                                .optLearningRate(Float.parseFloat(lr))
                                .optBatchSize(Integer.parseInt(batch))
                                .optWeightDecay(Float.parseFloat(wd))
                                .optBuckets(Integer.getInteger("buckets", 0))
                                .optHiddenSize(Integer.getInteger("hidden", 0))
                                .optMaxEpochs(Integer.getInteger("epochs", 20))
                                .optEncoder(encoder)
                                .build();
                        TrainedTextModel model = trainer.train(training, TrainingProgress.none(), () -> false);
                        TrainingReport report = model.report();
                        System.out.printf(Locale.ROOT, "TRAINING %s %s lr=%s batch=%s wd=%s: %s=%.4f epoch %d/%d, acc %.4f macroF1 %.4f, %.1f s%n",
                                task, family, lr, batch, wd, report.metric(), report.value(), report.bestEpoch(), report.epochs(),
                                report.validation().accuracy(), report.validation().macroF1(), report.seconds());
                    }
                }
            }
        } finally {
            if (encoder != null) {
                encoder.close();
            }
        }
    }
}
