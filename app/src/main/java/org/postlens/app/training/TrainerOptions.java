package org.postlens.app.training;

import org.postlens.runtime.train.ClassWeighting;
import org.postlens.runtime.train.TextModelTrainer;
import org.postlens.runtime.text.NgramSettings;

/**
 * The trainer settings {@code train} lets a user set; each null keeps the trainer's default (class weighting: the
 * one the task's metric calls for, see {@link PackTrainer#weighting}). Whatever is used is written to the card.
 *
 * @param wordMaxN longest word n-gram (0: none)
 * @param charMinN shortest character n-gram
 * @param charMaxN longest character n-gram (0: none)
 * @param buckets n-gram hash buckets
 */
public record TrainerOptions(Integer wordMaxN, Integer charMinN, Integer charMaxN, Integer buckets,
                             ClassWeighting classWeighting, Float learningRate, Float weightDecay, Integer maxEpochs,
                             Integer patience, Integer hiddenSize) {

    public static TrainerOptions defaults() {
        return new TrainerOptions(null, null, null, null, null, null, null, null, null, null);
    }

    void applyTo(TextModelTrainer.Builder builder) {
        NgramSettings base = NgramSettings.defaults(1);
        if (wordMaxN != null || charMinN != null || charMaxN != null) {
            builder.optNgrams(new NgramSettings(wordMaxN != null ? wordMaxN : base.wordMaxN(),
                    charMinN != null ? charMinN : base.charMinN(), charMaxN != null ? charMaxN : base.charMaxN(),
                    1, base.hashSeed()));
        }
        if (buckets != null) {
            builder.optBuckets(buckets);
        }
        if (classWeighting != null) {
            builder.optClassWeighting(classWeighting);
        }
        if (learningRate != null) {
            builder.optLearningRate(learningRate);
        }
        if (weightDecay != null) {
            builder.optWeightDecay(weightDecay);
        }
        if (maxEpochs != null) {
            builder.optMaxEpochs(maxEpochs);
        }
        if (patience != null) {
            builder.optPatience(patience);
        }
        if (hiddenSize != null) {
            builder.optHiddenSize(hiddenSize);
        }
    }
}
