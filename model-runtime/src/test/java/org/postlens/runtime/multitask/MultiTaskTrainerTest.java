package org.postlens.runtime.multitask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.runtime.RuntimeEnvironment;
import org.postlens.runtime.encoder.MiniLmEncoderBlock;

/** Joint training of a tiny BERT on a single-label and a multi-label toy task. */
class MultiTaskTrainerTest {

    private static final MultiTaskSettings SETTINGS =
            new MultiTaskSettings(6, 16, 16, 3e-3f, 0.1f, 0.01f, Ordering.SHUFFLED, 11);

    @TempDir
    Path temp;

    @BeforeAll
    static void offline() {
        RuntimeEnvironment.configure(Path.of("target", "djl-cache"));
    }

    @Test
    void oneEncoderLearnsBothTasksAndKeepsItsBestEpoch() throws IOException {
        List<TaskData> tasks = ToyTasks.tasks(240, 60);
        MultiTaskTrainer.Result result = train(SETTINGS, tasks, temp.resolve("run"), false, () -> false);

        assertThat(result.epochs()).hasSize(6);
        MultiTaskTrainer.EpochResult best = result.best();
        assertThat(best.validation().get("marker")).as("accuracy of 3 balanced labels; chance is 0.33").isGreaterThan(0.9);
        assertThat(best.validation().get("flags")).as("micro F1 of the multi-label task").isGreaterThan(0.9);
        assertThat(result.epochs()).allSatisfy(epoch -> assertThat(epoch.mean()).isLessThanOrEqualTo(best.mean()));
        assertThat(result.epochs().get(result.epochs().size() - 1).loss()).isLessThan(result.epochs().get(0).loss());
        Map<String, float[]> kept = TensorFile.read(result.bestWeights());
        assertThat(kept).containsKeys("head.0.weight", "head.1.bias", "encoder.layer.1.output.dense.weight");
        assertThat(kept.get("head.0.weight")).hasSize(3 * 32);
        assertThat(kept.get("head.1.weight")).hasSize(2 * 32);
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndAnotherSeedOthers() throws IOException {
        List<TaskData> tasks = ToyTasks.tasks(96, 24);
        MultiTaskSettings twoEpochs = SETTINGS.withEpochs(2);
        Map<String, float[]> first = TensorFile.read(train(twoEpochs, tasks, temp.resolve("a"), false, () -> false).bestWeights());
        Map<String, float[]> second = TensorFile.read(train(twoEpochs, tasks, temp.resolve("b"), false, () -> false).bestWeights());
        MultiTaskSettings otherSeed = new MultiTaskSettings(2, 16, 16, 2e-3f, 0.1f, 0.01f, Ordering.SHUFFLED, 12);
        Map<String, float[]> third = TensorFile.read(train(otherSeed, tasks, temp.resolve("c"), false, () -> false).bestWeights());

        first.forEach((name, values) -> assertThat(second.get(name)).as(name).containsExactly(values));
        assertThat(third.get("encoder.layer.0.attention.self.query.weight"))
                .isNotEqualTo(first.get("encoder.layer.0.attention.self.query.weight"));
    }

    @Test
    void aRunResumedFromItsCheckpointEndsWithTheWeightsOfAnUninterruptedOne() throws IOException {
        List<TaskData> tasks = ToyTasks.tasks(96, 24);
        MultiTaskSettings settings = new MultiTaskSettings(3, 16, 16, 2e-3f, 0.1f, 0.01f, Ordering.BY_DATASET, 5);
        train(settings, tasks, temp.resolve("whole"), false, () -> false);

        Path interrupted = temp.resolve("interrupted");
        AtomicBoolean epochDone = new AtomicBoolean();
        assertThatThrownBy(() -> new MultiTaskTrainer(settings).train(tasks, this::tinyEncoder, ToyTasks.tokens(), Device.cpu(),
                interrupted, false, new MultiTaskProgress() {
                    @Override
                    public void batch(int epoch, long done, long total, double sentencesPerSecond, double eta, double loss) {}

                    @Override
                    public void epoch(MultiTaskTrainer.EpochResult result) {
                        epochDone.set(true);
                    }
                }, epochDone::get)).isInstanceOf(CancellationException.class);
        MultiTaskTrainer.Result resumed = train(settings, tasks, interrupted, true, () -> false);

        assertThat(resumed.epochs()).hasSize(3);
        Map<String, float[]> whole = TensorFile.read(temp.resolve("whole").resolve(MultiTaskTrainer.CHECKPOINT_FILE));
        Map<String, float[]> afterResume = TensorFile.read(interrupted.resolve(MultiTaskTrainer.CHECKPOINT_FILE));
        assertThat(afterResume.keySet()).isEqualTo(whole.keySet());
        whole.forEach((name, values) -> assertThat(afterResume.get(name)).as(name).containsExactly(values));
    }

    /**
     * Other code in the same process can leave PyTorch recording gradients on this thread (seen in the app's test
     * run); in-place updates and restores of parameters that require gradients must still work.
     */
    @Test
    void trainsResumesAndLoadsWhilePyTorchRecordsGradients() throws Exception {
        List<TaskData> tasks = ToyTasks.tasks(48, 12);
        java.lang.reflect.Method isGradMode = Class.forName("ai.djl.pytorch.jni.JniUtils").getMethod("isGradMode");
        java.lang.reflect.Method setGradMode = Class.forName("ai.djl.pytorch.jni.JniUtils").getMethod("setGradMode", boolean.class);
        ai.djl.engine.Engine.getEngine("PyTorch");
        boolean before = (boolean) isGradMode.invoke(null);
        setGradMode.invoke(null, true);
        try {
            train(SETTINGS.withEpochs(1), tasks, temp.resolve("recording"), false, () -> false);
            MultiTaskTrainer.Result resumed = train(SETTINGS.withEpochs(1), tasks, temp.resolve("recording"), true, () -> false);
            assertThat(resumed.epochs()).hasSize(1);
        } finally {
            setGradMode.invoke(null, before);
        }
    }

    @Test
    void aRunThatDivergesStopsWithTheReasonAndWritesNoWeightsThatAreNotNumbers() {
        List<TaskData> tasks = ToyTasks.tasks(240, 60);
        MultiTaskSettings wild = new MultiTaskSettings(2, 16, 16, 1e30f, 0f, 0f, Ordering.SHUFFLED, 3);
        Path dir = temp.resolve("wild");

        assertThatThrownBy(() -> train(wild, tasks, dir, false, () -> false))
                .isInstanceOf(org.postlens.runtime.ModelRuntimeException.class)
                .hasMessageContaining("Training diverged")
                .hasMessageContaining(MultiTaskTrainer.MAX_SKIPS_IN_A_ROW + " batches in a row")
                .hasMessageContaining("lower learning rate");
        assertThat(dir.resolve(MultiTaskTrainer.BEST_FILE)).doesNotExist();
    }

    @Test
    void theGradientNormIsTakenOverEveryParameterTogether() {
        try (ai.djl.ndarray.NDManager manager = ai.djl.ndarray.NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            ai.djl.nn.Parameter first = parameter("first", manager.create(new float[] {1f, 2f}));
            ai.djl.nn.Parameter second = parameter("second", manager.create(new float[] {5f}));
            try (ai.djl.training.GradientCollector collector = ai.djl.engine.Engine.getEngine("PyTorch").newGradientCollector()) {
                // d/dw of sum(w * c) is c: gradients (3, 4) and (12), a norm of 13
                ai.djl.ndarray.NDArray loss = first.getArray().mul(manager.create(new float[] {3f, 4f})).sum()
                        .add(second.getArray().mul(12f).sum());
                collector.backward(loss);
            }
            assertThat(MultiTaskTrainer.gradientNorm(List.of(first, second))).isCloseTo(13.0, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void clearingGradientsClearsNotANumberAndInfinityToo() {
        try (ai.djl.ndarray.NDManager manager = ai.djl.ndarray.NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            ai.djl.nn.Parameter weights = parameter("weights", manager.create(new float[] {1f, 2f, 3f}));
            try (ai.djl.training.GradientCollector collector = ai.djl.engine.Engine.getEngine("PyTorch").newGradientCollector()) {
                collector.backward(weights.getArray().mul(manager.create(new float[] {Float.NaN, Float.POSITIVE_INFINITY, 1f})).sum());
            }
            assertThat(MultiTaskTrainer.gradientNorm(List.of(weights))).isNaN();

            MultiTaskTrainer.clearGradients(List.of(weights));

            try (ai.djl.ndarray.NDArray gradient = weights.getArray().getGradient()) {
                assertThat(gradient.toFloatArray()).containsExactly(0f, 0f, 0f);
            }
            assertThat(weights.getArray().toFloatArray()).containsExactly(1f, 2f, 3f);
        }
    }

    private static ai.djl.nn.Parameter parameter(String name, ai.djl.ndarray.NDArray values) {
        ai.djl.nn.Parameter parameter = ai.djl.nn.Parameter.builder().setName(name).setType(ai.djl.nn.Parameter.Type.WEIGHT)
                .build();
        values.setRequiresGradient(true);
        parameter.setArray(values);
        return parameter;
    }

    @Test
    void aCheckpointOfOtherSettingsIsNotResumed() {
        List<TaskData> tasks = ToyTasks.tasks(48, 12);
        train(SETTINGS.withEpochs(1), tasks, temp.resolve("other"), false, () -> false);
        assertThatThrownBy(() -> train(SETTINGS.withEpochs(2), tasks, temp.resolve("other"), true, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another run");
    }

    @Test
    void theLearningRateRisesOverTheWarmUpThenFallsToZero() {
        assertThat(MultiTaskTrainer.learningRate(1, 10, 110, 1f)).isEqualTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(MultiTaskTrainer.learningRate(10, 10, 110, 1f)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(MultiTaskTrainer.learningRate(60, 10, 110, 1f)).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(MultiTaskTrainer.learningRate(110, 10, 110, 1f)).isZero();
    }

    private MultiTaskTrainer.Result train(MultiTaskSettings settings, List<TaskData> tasks, Path dir, boolean resume,
            java.util.function.BooleanSupplier cancelled) {
        return new MultiTaskTrainer(settings).train(tasks, this::tinyEncoder, ToyTasks.tokens(), Device.cpu(), dir, resume,
                MultiTaskProgress.none(), cancelled);
    }

    private MiniLmEncoderBlock tinyEncoder(ai.djl.ndarray.NDManager manager) {
        return new MiniLmEncoderBlock(ToyTasks.TINY);
    }
}
