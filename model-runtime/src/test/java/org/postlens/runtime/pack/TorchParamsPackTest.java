package org.postlens.runtime.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.Utils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.RuntimeEnvironment;

/**
 * DJL {@code .params} packs on the real PyTorch engine (CPU), offline. Runs in its own JVM (surefire
 * reuseForks=false), so the cache dir below is the first DJL sees: libtorch must come from the
 * {@code pytorch-native-cpu:linux-x86_64} jar, never from the network. The pack is written here: a
 * {@link BagOfEmbeddingsBlock} with seeded random weights, saved with DJL's own {@code model.save}.
 */
class TorchParamsPackTest {

    private static final int HIDDEN = 8;
    private static final List<String> LABELS = List.of("negative", "neutral", "positive");
    private static final List<String> TEXTS = List.of(
            "the minister denied the report",
            "what a lovely day at the beach",
            "flooding closed the main road again",
            "ok",
            "the minister denied the report", // a repeat, and one of the same token length as the first
            "the mayor confirmed the story");

    @TempDir
    static Path cacheDir;

    @TempDir
    Path root;

    private static long engineStartMillis;

    @BeforeAll
    static void startEngineOfflineFromAFreshCache() {
        RuntimeEnvironment.configure(cacheDir);
        long start = System.nanoTime();
        Engine engine = Engine.getEngine("PyTorch");
        engineStartMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("PyTorch engine " + engine.getVersion() + " started offline from a fresh cache in " + engineStartMillis + " ms");
    }

    @Test
    void engineStartsOfflineWithLibtorchFromTheJar() throws IOException {
        assertThat(Utils.isOfflineMode()).isTrue();
        assertThat(Engine.getEngine("PyTorch").getVersion()).isEqualTo("2.7.1");
        assertThat(Utils.getEngineCacheDir()).isEqualTo(cacheDir.toAbsolutePath().normalize());
        try (Stream<Path> files = Files.walk(cacheDir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertThat(names).as("libtorch is unpacked from the jar under the app's cache dir").contains("libtorch_cpu.so");
            assertThat(names).as("and DJL's JNI library from pytorch-jni").anyMatch(n -> n.endsWith("libdjl_torch.so"));
        }
        assertThat(System.getProperty("ai.djl.pytorch.graph_optimizer")).isEqualTo("false");
    }

    @Test
    void paramsPackLoadsAndClassifies() throws Exception {
        Path folder = writePack(root, "bag-en", HIDDEN, LABELS.size(), HIDDEN, LABELS);

        ModelPack pack = new ModelPackLoader().load(folder);

        assertThat(pack.engine()).isEqualTo("PyTorch");
        assertThat(pack.modelFile().getFileName().toString()).isEqualTo("model-0000.params");
        List<Prediction> firstOpen;
        try (DjlTextClassifier classifier = DjlTextClassifier.open(pack)) {
            assertThat(classifier.model().engine()).isEqualTo("PyTorch");
            assertThat(classifier.model().device()).isEqualTo("cpu");
            assertThat(classifier.labels()).isEqualTo(LABELS);

            List<Prediction> batch = classifier.classify(TEXTS);
            assertThat(batch).hasSize(TEXTS.size());
            for (Prediction prediction : batch) {
                float[] scores = prediction.scores();
                assertThat(scores).hasSize(LABELS.size());
                double sum = 0;
                for (float score : scores) {
                    assertThat(score).isBetween(0f, 1f);
                    sum += score;
                }
                assertThat(sum).isCloseTo(1.0, within(1e-5));
                assertThat(LABELS).contains(prediction.label());
            }
            assertThat(batch.get(0).scores()).as("the model is not constant").isNotEqualTo(batch.get(1).scores());
            assertThat(batch.get(4).scores()).isEqualTo(batch.get(0).scores());
            for (int i = 0; i < TEXTS.size(); i++) {
                assertThat(classifier.classify(TEXTS.get(i)).scores()).as("batch == single for text %d", i)
                        .isEqualTo(batch.get(i).scores());
            }
            firstOpen = batch;
            List<Prediction> again = classifier.classify(TEXTS);
            for (int i = 0; i < TEXTS.size(); i++) {
                assertThat(again.get(i).scores()).as("deterministic, text %d", i).isEqualTo(batch.get(i).scores());
            }
        }
        // a second open of the same pack gives the same scores
        try (DjlTextClassifier classifier = DjlTextClassifier.open(pack)) {
            assertThat(classifier.classify(TEXTS.get(1)).scores()).isEqualTo(firstOpen.get(1).scores());
        }
    }

    @Test
    void paramsSavedForAnotherWidthAreRejected() {
        Path folder = writePack(root, "wrong-width", HIDDEN, LABELS.size(), 16, LABELS);

        assertThatThrownBy(() -> new ModelPackLoader().load(folder))
                .isInstanceOf(InvalidModelPackException.class)
                .hasMessageStartingWith("pack 'wrong-width': model-0000.params does not fit BagOfEmbeddings(vocab=")
                .hasMessageContaining("embedding is (30522, 8), expected (30522, 16)");
    }

    @Test
    void paramsSavedForAnotherLabelCountAreRejected() {
        Path folder = writePack(root, "wrong-labels", HIDDEN, 2, HIDDEN, LABELS);

        assertThatThrownBy(() -> new ModelPackLoader().load(folder))
                .isInstanceOf(InvalidModelPackException.class)
                .hasMessageStartingWith("pack 'wrong-labels': model-0000.params does not fit")
                .hasMessageContaining("weight is (2, 8), expected (3, 8)")
                .hasMessageContaining("bias is (2), expected (3)");
    }

    @Test
    void missingArchitectureOrSizesAreRejectedEvenWithoutTheProbe() throws Exception {
        Path folder = writePack(root, "no-arch", HIDDEN, LABELS.size(), HIDDEN, LABELS);
        Path properties = folder.resolve("serving.properties");
        String original = Files.readString(properties);

        Files.writeString(properties, original.replace("postlens.architecture=bag-of-embeddings\n", ""));
        assertThatThrownBy(() -> new ModelPackLoader(false).load(folder))
                .hasMessage("pack 'no-arch': model-0000.params holds parameters only: serving.properties must name the block"
                        + " with postlens.architecture=bag-of-embeddings or text-model");

        Files.writeString(properties, original.replace("bag-of-embeddings", "transformer"));
        assertThatThrownBy(() -> new ModelPackLoader(false).load(folder))
                .hasMessageContaining("postlens.architecture=transformer is not an architecture this build knows");

        Files.writeString(properties, original.replace("postlens.hiddenSize=" + HIDDEN, "postlens.hiddenSize=eight"));
        assertThatThrownBy(() -> new ModelPackLoader(false).load(folder))
                .hasMessage("pack 'no-arch': serving.properties postlens.hiddenSize=eight is not a positive whole number"
                        + " (bag-of-embeddings needs it)");
    }

    @Test
    void missingParamsFileIsRejected() throws Exception {
        Path folder = writePack(root, "no-params", HIDDEN, LABELS.size(), HIDDEN, LABELS);
        Files.delete(folder.resolve("model-0000.params"));

        assertThatThrownBy(() -> new ModelPackLoader().load(folder))
                .isInstanceOf(InvalidModelPackException.class)
                .hasMessageStartingWith("pack 'no-params': model file is missing");
    }

    @Test
    void paramsFileNotNamedAsDjlSavesItIsRejected() throws Exception {
        Path folder = writePack(root, "renamed", HIDDEN, LABELS.size(), HIDDEN, LABELS);
        Files.move(folder.resolve("model-0000.params"), folder.resolve("model.params"));

        assertThatThrownBy(() -> new ModelPackLoader().load(folder))
                .isInstanceOf(InvalidModelPackException.class)
                .hasMessage("pack 'renamed': model.params is not named as DJL saves parameters: <name>-<epoch>.params,"
                        + " e.g. model-0000.params");
    }

    @Test
    void paramsFileThatIsNotDjlParametersIsRejected() throws Exception {
        Path folder = writePack(root, "garbage", HIDDEN, LABELS.size(), HIDDEN, LABELS);
        byte[] garbage = "not DJL parameters".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(folder.resolve("model-0000.params"), garbage);
        writeCard(folder, TestPackBuilder.sha256(garbage));

        assertThatThrownBy(() -> new ModelPackLoader().load(folder))
                .isInstanceOf(InvalidModelPackException.class)
                .hasMessageStartingWith("pack 'garbage': model-0000.params ");
    }

    @Test
    void paramsForAnEngineThisBuildLacksAreRejected() throws Exception {
        Path folder = writePack(root, "mxnet", HIDDEN, LABELS.size(), HIDDEN, LABELS);
        Path properties = folder.resolve("serving.properties");
        Files.writeString(properties, Files.readString(properties).replace("engine=PyTorch", "engine=MXNet"));

        assertThatThrownBy(() -> new ModelPackLoader().load(folder))
                .hasMessageStartingWith("pack 'mxnet': model-0000.params needs the MXNet engine, which is not in this build")
                .hasMessageContaining("PyTorch");
    }

    /**
     * Writes a pack whose parameters are saved for (savedHidden, savedLabels) while serving.properties
     * declares declaredHidden and the label list has {@code labels}.
     */
    static Path writePack(Path root, String id, int savedHidden, int savedLabels, int declaredHidden, List<String> labels) {
        Path folder = root.resolve(id);
        try {
            Files.createDirectories(folder);
            int vocab = TestPackBuilder.vocabSize();
            Engine.getEngine("PyTorch").setRandomSeed(1234);
            try (Model model = Model.newInstance(id, Device.cpu(), "PyTorch")) {
                BagOfEmbeddingsBlock block = new BagOfEmbeddingsBlock(vocab, savedHidden, savedLabels);
                block.setInitializer(new NormalInitializer(1f), Parameter.Type.WEIGHT);
                block.setInitializer(new NormalInitializer(0.5f), Parameter.Type.BIAS);
                model.setBlock(block);
                block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 4), new Shape(1, 4));
                model.save(folder, "model");
            }
            Path params = folder.resolve("model-0000.params");
            Files.write(folder.resolve("tokenizer.json"), TestPackBuilder.tokenizerJson());
            Files.writeString(folder.resolve("labels.txt"), String.join("\n", labels) + "\n");
            Files.writeString(folder.resolve("serving.properties"), String.join("\n",
                    "engine=PyTorch",
                    "option.modelName=model",
                    "postlens.architecture=bag-of-embeddings",
                    "postlens.vocabSize=" + vocab,
                    "postlens.hiddenSize=" + declaredHidden,
                    "maxLength=64",
                    "postlens.task=sentiment",
                    "postlens.languages=en",
                    ""));
            writeCard(folder, TestPackBuilder.sha256(Files.readAllBytes(params)));
            return folder;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeCard(Path folder, String sha) throws IOException {
        Files.writeString(folder.resolve("model-card.json"), """
                {
                  "version": "0.0.1-test",
                  "task": "sentiment",
                  "languages": ["en"],
                  "sha256": "%s",
                  "trainingData": {"name": "none: random weights for tests", "licence": "CC0-1.0"},
                  "metrics": {"validation": {"macro_f1": 0.33}}
                }
                """.formatted(sha));
    }
}
