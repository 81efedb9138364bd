package org.postlens.runtime.pack;

/** Turns one text's logits into probabilities. */
enum ScoreFunction {

    /** Exclusive labels: scores sum to 1. */
    SOFTMAX {
        @Override
        float[] apply(float[] logits) {
            double max = Double.NEGATIVE_INFINITY;
            for (float logit : logits) {
                max = Math.max(max, logit);
            }
            double[] exps = new double[logits.length];
            double sum = 0;
            for (int i = 0; i < logits.length; i++) {
                exps[i] = Math.exp(logits[i] - max); // shifted by the max so that large logits do not overflow
                sum += exps[i];
            }
            float[] scores = new float[logits.length];
            for (int i = 0; i < logits.length; i++) {
                scores[i] = (float) (exps[i] / sum);
            }
            return scores;
        }
    },

    /** Independent labels (multi-label): one probability per label. */
    SIGMOID {
        @Override
        float[] apply(float[] logits) {
            float[] scores = new float[logits.length];
            for (int i = 0; i < logits.length; i++) {
                scores[i] = (float) (1 / (1 + Math.exp(-logits[i])));
            }
            return scores;
        }
    };

    abstract float[] apply(float[] logits);
}
