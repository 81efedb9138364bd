package org.postlens.runtime.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.RuntimeEnvironment;
import org.postlens.runtime.TextClassifier;
import org.postlens.runtime.TextEncoder;
import org.postlens.runtime.pack.Classifiers;
import org.postlens.runtime.pack.ModelPack;
import org.postlens.runtime.pack.ModelPackLoader;
import org.postlens.runtime.train.LabelledText;
import org.postlens.runtime.train.ModelFamily;
import org.postlens.runtime.train.PackDescription;
import org.postlens.runtime.train.TrainedTextModel;
import org.postlens.runtime.train.TrainingProgress;

/** Real training on DJL's PyTorch engine (CPU, offline) from a handful of labels to a few hundred. */
class ActiveLearnerTest {

    @TempDir
    static Path cacheDir;

    @TempDir
    Path root;

    @BeforeAll
    static void offline() {
        RuntimeEnvironment.configure(cacheDir);
    }

    private static ActiveLearner ngrams(long seed) {
        return ActiveLearner.builder().setFamily(ModelFamily.NGRAM).optSeed(seed).build();
    }

    @Test
    void aHandfulOfLabelsTeachesTheCueWords() {
        List<LabelledText> labelled = LearnToyData.sentiment(12, 1, 2);

        TrainedTextModel model = ngrams(7).train(LearnToyData.LABELS, false, labelled, TrainingProgress.none(), () -> false);

        assertThat(model.report().validationExamples()).as("no validation split").isZero();
        assertThat(model.report().selectedBy()).isEqualTo("fixed 60 epochs, no validation split");
        // the cue words are learnt; so is chance co-occurrence with the filler words, as 12 labels cannot tell them apart
        assertThat(model.classify(List.of("awful", "schedule", "great"))).extracting(Prediction::label)
                .containsExactly("negative", "neutral", "positive");
        assertThat(model.evaluate(LearnToyData.sentiment(300, 2, 2)).accuracy()).as("12 labels; chance is 1/3").isGreaterThan(0.5);
        TrainedTextModel fromMore = ngrams(7).train(LearnToyData.LABELS, false, LearnToyData.sentiment(60, 1, 2), TrainingProgress.none(), () -> false);
        assertThat(fromMore.evaluate(LearnToyData.sentiment(300, 2, 2)).accuracy()).as("60 labels").isGreaterThan(0.7);
    }

    @Test
    void crossValidatedFiguresGoIntoTheModelCardAndThePackLoadsLikeAShippedOne() throws Exception {
        List<LabelledText> labelled = LearnToyData.sentiment(60, 3);

        ActiveLearner.CrossValidatedModel trained = ngrams(5).trainAndCrossValidate(LearnToyData.LABELS, false, labelled,
                TrainingProgress.none(), () -> false);
        TrainedTextModel model = trained.model();

        assertThat(trained.crossValidation().folds()).isEqualTo(5);
        assertThat(trained.crossValidation().value()).isEqualTo(model.report().value());

        assertThat(model.report().figuresFrom()).isEqualTo("5-fold cross-validation (stratified, out-of-fold predictions pooled) over 60 labels");
        assertThat(model.report().validation().examples()).isEqualTo(60);
        assertThat(model.report().value()).isGreaterThan(0.8).isLessThanOrEqualTo(1.0);
        Path folder = model.writePack(root.resolve("stance-learned"),
                PackDescription.of("stance-learned", "1", "my-stance", List.of("en"), "project flood.postlens, schema my-stance", "the project's own"));
        String card = Files.readString(folder.resolve("model-card.json"));
        assertThat(card).contains("\"figuresFrom\": \"5-fold cross-validation", "\"selectedBy\": \"fixed ", "\"task\": \"my-stance\"");
        ModelPack pack = new ModelPackLoader().load(folder);
        try (TextClassifier classifier = Classifiers.open(pack, null)) {
            List<String> texts = List.of("what a wonderful bridge", "the worst road");
            assertThat(classifier.classify(texts)).isEqualTo(model.classify(texts));
            assertThat(classifier.classify(texts).get(0).label()).isEqualTo("positive");
        }
    }

    @Test
    void theLearningCurveIsReproducibleWithTheSeedAndGrowsWithTheLabels() {
        List<LabelledText> labelled = LearnToyData.sentiment(90, 4);

        LearningCurve curve = ngrams(11).learningCurve(LearnToyData.LABELS, false, labelled, LearningCurve.DEFAULT_SIZES,
                TrainingProgress.none(), () -> false);
        LearningCurve again = ngrams(11).learningCurve(LearnToyData.LABELS, false, labelled, List.of(20, 10),
                TrainingProgress.none(), () -> false);

        assertThat(curve.metric()).isEqualTo("macro_f1");
        assertThat(curve.points()).extracting(LearningCurve.Point::labels).containsExactly(10, 20, 50, 90);
        assertThat(curve.points()).extracting(LearningCurve.Point::folds).containsExactly(5, 5, 5, 5);
        assertThat(again.points().subList(0, 2)).as("same seed, same subsets, folds and models").isEqualTo(curve.points().subList(0, 2));
        assertThat(curve.points().get(3).value()).isGreaterThan(0.8).isGreaterThan(curve.points().get(0).value());
    }

    @Test
    void storedVectorsAreUsedAndNothingIsEncoded() {
        List<LabelledText> labelled = LearnToyData.sentiment(45, 5);
        List<LabelledText> withoutCues = new ArrayList<>();
        for (LabelledText example : labelled) {
            withoutCues.add(new LabelledText("no words to learn from", example.labels(), example.vector()));
        }
        ActiveLearner learner = ActiveLearner.builder().setFamily(ModelFamily.ENCODER_HEAD).optVectorsOf(LearnToyData.TOY_ENCODER)
                .optEncoder(new RefusingEncoder()).optSeed(3).build();

        TrainedTextModel model = learner.trainAndCrossValidate(LearnToyData.LABELS, false, withoutCues, TrainingProgress.none(),
                () -> false).model();

        assertThat(model.spec().encoderId()).isEqualTo("toy-encoder");
        assertThat(model.report().value()).as("the vectors alone separate the labels").isGreaterThan(0.9);
        List<LabelledText> unseen = LearnToyData.sentiment(30, 6);
        List<Prediction> predictions = ActiveLearner.classify(model, unseen);
        long right = 0;
        for (int i = 0; i < unseen.size(); i++) {
            right += predictions.get(i).label().equals(unseen.get(i).labels().get(0)) ? 1 : 0;
        }
        assertThat(right).isGreaterThanOrEqualTo(27);
    }

    @Test
    void combinedModelsReadBothAndMultiLabelIsScoredByMicroF1() {
        List<LabelledText> topics = LearnToyData.topics(150, 7);
        ActiveLearner learner = ngrams(2);

        CrossValidation cv = learner.crossValidate(LearnToyData.TOPICS, true, topics, TrainingProgress.none(), () -> false);

        assertThat(cv.metric()).isEqualTo("micro_f1");
        assertThat(cv.folds()).isEqualTo(5);
        assertThat(cv.value()).isGreaterThan(0.85);

        ActiveLearner combined = ActiveLearner.builder().setFamily(ModelFamily.COMBINED).optVectorsOf(LearnToyData.TOY_ENCODER).build();
        assertThatThrownBy(() -> combined.train(LearnToyData.TOPICS, true, topics, TrainingProgress.none(), () -> false))
                .hasMessageContaining("carries no vector and no encoder was given");
    }

    @Test
    void uncertaintyPutsTheAmbiguousPostsFirst() {
        TrainedTextModel model = ngrams(4).train(LearnToyData.LABELS, false, LearnToyData.sentiment(60, 8), TrainingProgress.none(), () -> false);
        List<String> posts = List.of("wonderful wonderful thanks", "the road after the rain", "hate the awful worst");
        List<float[]> scores = model.classify(posts).stream().map(Prediction::scores).toList();

        int[] queue = Uncertainty.MARGIN.mostUncertainFirst(scores, false);

        assertThat(queue[0]).as("the post with no cue word").isEqualTo(1);
    }

    /** An encoder that must not be called: every example carries its vector. */
    private static final class RefusingEncoder implements TextEncoder {
        @Override
        public ModelInfo model() {
            return LearnToyData.TOY_ENCODER;
        }

        @Override
        public float[][] encode(List<String> texts) {
            throw new AssertionError("encoded " + texts.size() + " texts that carry their vectors");
        }

        @Override
        public void close() {
        }
    }
}
