package org.postlens.runtime.multitask;

/** From a head's logits to probabilities and decisions: softmax for single-label tasks, sigmoid for multi-label ones. */
final class MultiTaskScores {

    private MultiTaskScores() {}

    static int[] argmax(float[][] logits) {
        int[] best = new int[logits.length];
        for (int i = 0; i < logits.length; i++) {
            for (int l = 1; l < logits[i].length; l++) {
                if (logits[i][l] > logits[i][best[i]]) {
                    best[i] = l;
                }
            }
        }
        return best;
    }

    /** A label is on when its sigmoid is over one half, i.e. its logit is positive. */
    static boolean[][] flags(float[][] logits) {
        boolean[][] flags = new boolean[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            flags[i] = new boolean[logits[i].length];
            for (int l = 0; l < logits[i].length; l++) {
                flags[i][l] = logits[i][l] > 0;
            }
        }
        return flags;
    }

    static float[] probabilities(float[] logits, boolean multiLabel) {
        float[] probabilities = new float[logits.length];
        if (multiLabel) {
            for (int l = 0; l < logits.length; l++) {
                probabilities[l] = (float) (1 / (1 + Math.exp(-logits[l])));
            }
            return probabilities;
        }
        float max = Float.NEGATIVE_INFINITY;
        for (float logit : logits) {
            max = Math.max(max, logit);
        }
        double sum = 0;
        for (int l = 0; l < logits.length; l++) {
            sum += Math.exp(logits[l] - max);
        }
        for (int l = 0; l < logits.length; l++) {
            probabilities[l] = (float) (Math.exp(logits[l] - max) / sum);
        }
        return probabilities;
    }
}
