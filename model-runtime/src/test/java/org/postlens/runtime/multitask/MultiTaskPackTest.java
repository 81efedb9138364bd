package org.postlens.runtime.multitask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.RuntimeEnvironment;
import org.postlens.runtime.encoder.FloatTensor;
import org.postlens.runtime.encoder.MiniLmEncoderBlock;
import org.postlens.runtime.train.LabelledText;

/** A trained tiny multi-task model written as a pack and read back gives the scores it gave before. */
class MultiTaskPackTest {

    private static Map<String, FloatTensor> baseStateDict;

    @TempDir
    Path temp;

    @BeforeAll
    static void base() {
        RuntimeEnvironment.configure(Path.of("target", "djl-cache"));
        Engine.getEngine("PyTorch").setRandomSeed(21);
        baseStateDict = new LinkedHashMap<>();
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            MiniLmEncoderBlock encoder = new MiniLmEncoderBlock(ToyTasks.TINY);
            encoder.initialize(manager, DataType.FLOAT32, new Shape(1, 4), new Shape(1, 4));
            for (Map.Entry<String, Parameter> entry : encoder.parametersByHuggingFaceName().entrySet()) {
                baseStateDict.put(entry.getKey(), new FloatTensor(entry.getValue().getArray().getShape().getShape(),
                        entry.getValue().getArray().toFloatArray()));
            }
        }
    }

    @Test
    void aPackGivesTheScoresOfTheWeightsItWasWrittenFrom() throws IOException {
        Function<NDManager, MiniLmEncoderBlock> source = MultiTaskPackTest::baseEncoder;
        List<TaskData> tasks = ToyTasks.tasks(96, 30);
        MultiTaskTrainer.Result result = new MultiTaskTrainer(new MultiTaskSettings(2, 16, 16, 3e-3f, 0.1f, 0.01f,
                Ordering.BY_TASK, 3)).train(tasks, source, ToyTasks.tokens(), Device.cpu(), temp.resolve("work"), false,
                MultiTaskProgress.none(), () -> false);
        Map<String, float[]> weights = TensorFile.read(result.bestWeights());
        List<PackTask> packTasks = new ArrayList<>();
        for (TaskData task : tasks) {
            packTasks.add(new PackTask(task.name(), task.data().labels(), task.data().multiLabel(), task.dataSet(),
                    task.metric(), result.best().validation().get(task.name())));
        }
        MultiTaskPack.Description description = new MultiTaskPack.Description("tiny", 16, packTasks, List.of("toy"));
        Path pack = temp.resolve("pack");
        MultiTaskPack.write(pack, weights, MultiTaskPack.baseWeights(source), description);

        List<String> texts = tasks.get(0).data().validation().stream().map(LabelledText::text).toList();
        Map<String, List<Prediction>> expected;
        try (MultiTaskModel exact = MultiTaskModel.of(description, weights, source, ToyTasks.tokens(), Device.cpu())) {
            expected = exact.classify(texts);
        }
        try (MultiTaskModel loaded = MultiTaskModel.load(pack, source, ToyTasks.tokens(), Device.cpu())) {
            assertThat(loaded.tasks()).isEqualTo(packTasks);
            Map<String, List<Prediction>> actual = loaded.classify(texts);
            assertThat(actual.keySet()).containsExactly("marker", "flags");
            for (String task : expected.keySet()) {
                for (int i = 0; i < texts.size(); i++) {
                    Prediction want = expected.get(task).get(i);
                    Prediction got = actual.get(task).get(i);
                    assertThat(got.label()).isEqualTo(want.label());
                    for (int l = 0; l < want.scores().length; l++) {
                        assertThat(got.scores()[l]).isCloseTo(want.scores()[l], within(2e-3f));
                    }
                }
            }
            assertThat(actual.get("flags").get(0).scores()).hasSize(2);
            List<org.postlens.runtime.TextClassifier> views = loaded.classifiers();
            assertThat(views).extracting(v -> v.labels().size()).containsExactly(3, 2);
            assertThat(views.get(1).multiLabel()).isTrue();
            assertThat(views.get(0).classify(texts)).isEqualTo(actual.get("marker"));
            assertThat(views.get(1).classify(texts)).isEqualTo(actual.get("flags"));
            assertThat(views.get(0).model().id()).isEqualTo(views.get(1).model().id());
            float[] marker = actual.get("marker").get(0).scores();
            assertThat(marker[0] + marker[1] + marker[2]).isCloseTo(1f, within(1e-5f));
        }
        assertThat(Files.readString(pack.resolve(MultiTaskPack.CARD))).contains("| marker | toy-a | 3 | accuracy |")
                .contains("| flags | toy-b | 2 (multi-label) | micro_f1 |");
    }

    @Test
    void aScoreOfATextDoesNotDependOnTheTextsBesideIt() throws IOException {
        Function<NDManager, MiniLmEncoderBlock> source = MultiTaskPackTest::baseEncoder;
        Map<String, float[]> weights = new LinkedHashMap<>(MultiTaskPack.baseWeights(source));
        weights.put("head.0.weight", new float[3 * 32]);
        weights.put("head.0.bias", new float[] {0.1f, 0.2f, 0.3f});
        List<PackTask> packTasks = List.of(new PackTask("marker", List.of("one", "two", "three"), false, "toy", "accuracy", 0));
        MultiTaskPack.Description description = new MultiTaskPack.Description("tiny", 16, packTasks, List.of());
        Path pack = temp.resolve("unchanged");
        MultiTaskPack.write(pack, weights, MultiTaskPack.baseWeights(source), description);
        assertThat(TensorFile.read(pack.resolve(MultiTaskPack.DELTAS))).as("no weight changed").isEmpty();
        try (MultiTaskModel model = MultiTaskModel.load(pack, source, ToyTasks.tokens(), Device.cpu())) {
            List<float[]> alone = model.vectors(List.of("w7 w8"));
            List<float[]> withLonger = model.vectors(List.of("w7 w8", "w9 w10 w11 w12 w13 w14 w15"));
            for (int i = 0; i < alone.get(0).length; i++) {
                assertThat(withLonger.get(0)[i]).isCloseTo(alone.get(0)[i], within(1e-6f));
            }
        }
    }

    private static MiniLmEncoderBlock baseEncoder(NDManager manager) {
        MiniLmEncoderBlock encoder = new MiniLmEncoderBlock(ToyTasks.TINY);
        encoder.loadHuggingFaceWeights(baseStateDict, manager);
        return encoder;
    }
}
