package org.postlens.runtime.multitask;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.training.optimizer.Optimizer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * AdamW as PyTorch and Hugging Face apply it, which DJL's own {@code AdamW} is not (it decays every parameter and
 * keeps its moments where they cannot be saved): decay only on the parameters named for it, the learning rate from
 * a schedule of the step, and moments kept by parameter name so that a checkpoint can hold them. A head whose task
 * had no example in the step gets an all-zero gradient here; like PyTorch (whose gradient would be absent), it is
 * left as it is rather than moved by its old momentum.
 */
final class DecoupledAdamW extends Optimizer {

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final Map<String, String> namesById;
    private final Map<String, Boolean> decayed;
    private final float weightDecay;
    private final IntToDoubleFunction learningRateAtStep;
    private final Map<String, NDArray> firstMoments = new HashMap<>();
    private final Map<String, NDArray> secondMoments = new HashMap<>();
    private final Map<String, Integer> updates = new HashMap<>();
    private int step;
    private float gradientScale = 1f;

    /**
     * @param namesById each parameter's name by its DJL id
     * @param decayed by name: whether decay applies
     * @param learningRateAtStep the learning rate of step n (counted from 1)
     */
    DecoupledAdamW(Map<String, String> namesById, Map<String, Boolean> decayed, float weightDecay,
            IntToDoubleFunction learningRateAtStep) {
        super(new Settings());
        this.namesById = Map.copyOf(namesById);
        this.decayed = Map.copyOf(decayed);
        this.weightDecay = weightDecay;
        this.learningRateAtStep = learningRateAtStep;
    }

    /**
     * Call once before each {@code Trainer.step()}.
     *
     * @param scale multiplies this step's gradients (below 1 when they are clipped to a global norm)
     */
    void nextStep(float scale) {
        step++;
        gradientScale = scale;
    }

    /** Counts a step whose update is skipped (its gradients cleared by the caller), keeping the schedule in step. */
    void skipStep() {
        step++;
    }

    int step() {
        return step;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        String name = namesById.get(parameterId);
        if (name == null) {
            throw new IllegalStateException("no name for parameter " + parameterId);
        }
        // PyTorch accumulates gradients until an optimiser clears them (DJL's fused updates do it themselves).
        try (NDArray accumulated = weight.getGradient()) {
            clear(accumulated);
        }
        if (MultiTaskBlock.isHead(name) && isZero(grad)) {
            return;
        }
        if (gradientScale == 1f) {
            apply(name, weight, grad);
        } else {
            try (NDArray clipped = grad.mul(gradientScale)) {
                apply(name, weight, clipped);
            }
        }
    }

    private void apply(String name, NDArray weight, NDArray grad) {
        int count = updates.merge(name, 1, Integer::sum);
        float lr = (float) learningRateAtStep.applyAsDouble(step);
        NDArray m = firstMoments.computeIfAbsent(name, k -> weight.zerosLike());
        NDArray v = secondMoments.computeIfAbsent(name, k -> weight.zerosLike());
        try (NDArray scaled = grad.mul(1 - BETA1)) {
            m.muli(BETA1).addi(scaled);
        }
        try (NDArray squared = grad.square()) {
            v.muli(BETA2).addi(squared.muli(1 - BETA2));
        }
        double correction1 = 1 - Math.pow(BETA1, count);
        double correction2 = 1 - Math.pow(BETA2, count);
        // On a detached alias of the weight (same storage): PyTorch refuses in-place changes to a leaf that requires
        // a gradient while gradients are recorded, which is the default on any thread but the engine's first.
        try (NDArray target = weight.stopGradient()) {
            if (Boolean.TRUE.equals(decayed.get(name)) && weightDecay > 0) {
                target.muli(1 - lr * weightDecay);
            }
            try (NDArray corrected = v.div((float) correction2);
                    NDArray denominator = corrected.sqrt();
                    NDArray ratio = m.div(denominator.addi(EPSILON))) {
                target.subi(ratio.muli((float) (lr / correction1)));
            }
        }
    }

    /**
     * Sets every element to zero in place, not-a-number and infinities too (multiplying by zero would keep them, so
     * that one overflow would poison every later step).
     */
    static void clear(NDArray gradient) {
        gradient.set(new NDIndex("..."), 0f);
    }

    /** Sets a parameter's values in place, on a detached alias (see {@link #update}). */
    static void overwrite(NDArray weight, float[] values) {
        try (NDArray target = weight.stopGradient(); NDArray source = target.getManager().create(values, target.getShape())) {
            target.muli(0f).addi(source);
        }
    }

    private static boolean isZero(NDArray array) {
        try (NDArray magnitude = array.abs(); NDArray largest = magnitude.max()) {
            return largest.getFloat() == 0f;
        }
    }

    /** Moments and update counts by name, for a checkpoint. */
    Map<String, float[]> state() {
        Map<String, float[]> state = new HashMap<>();
        firstMoments.forEach((name, array) -> state.put("m:" + name, array.toFloatArray()));
        secondMoments.forEach((name, array) -> state.put("v:" + name, array.toFloatArray()));
        updates.forEach((name, count) -> state.put("n:" + name, new float[] {Float.intBitsToFloat(count)}));
        state.put("step", new float[] {Float.intBitsToFloat(step)});
        return state;
    }

    /** Restores what {@link #state()} gave, onto arrays shaped like the named weights. */
    void restore(Map<String, float[]> state, Map<String, NDArray> weightsByName) {
        step = Float.floatToRawIntBits(state.get("step")[0]);
        weightsByName.forEach((name, weight) -> {
            float[] m = state.get("m:" + name);
            if (m != null) {
                firstMoments.put(name, weight.getManager().create(m, weight.getShape()));
                secondMoments.put(name, weight.getManager().create(state.get("v:" + name), weight.getShape()));
                updates.put(name, Float.floatToRawIntBits(state.get("n:" + name)[0]));
            }
        });
    }

    private static final class Settings extends OptimizerBuilder<Settings> {
        @Override
        protected Settings self() {
            return this;
        }
    }
}
