package org.postlens.runtime.multitask;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.MiniLmPretrained;
import org.postlens.runtime.MiniLmTextEncoder;
import org.postlens.runtime.RuntimeEnvironment;
import org.postlens.runtime.encoder.MiniLmEncoderBlock;

/**
 * The real all-MiniLM-L6-v2 as a multi-task pack with the shipped English tasks' heads: within 50 MB even when
 * training changed every weight, and, when it changed none, the same vectors as the shipped encoder on ONNX Runtime.
 */
class MiniLmMultiTaskPackTest {

    private static final long LIMIT_BYTES = 50_000_000L;

    @TempDir
    static Path cacheDir;

    @TempDir
    Path temp;

    private static Map<String, float[]> base;

    @BeforeAll
    static void baseWeights() {
        RuntimeEnvironment.configure(cacheDir.resolve("djl"));
        base = MultiTaskPack.baseWeights(encoderSource());
    }

    @Test
    void aPackThatChangedEveryWeightStaysWithin50Mb() throws IOException {
        Random random = new Random(1);
        Map<String, float[]> trained = new LinkedHashMap<>();
        base.forEach((name, values) -> {
            float[] changed = values.clone();
            for (int i = 0; i < changed.length; i++) {
                changed[i] += (float) random.nextGaussian() * 1e-3f;
            }
            trained.put(name, changed);
        });
        Path pack = temp.resolve("every-weight");
        MultiTaskPack.write(pack, withHeads(trained), base, description());

        long bytes;
        try (Stream<Path> files = Files.list(pack)) {
            bytes = files.mapToLong(file -> file.toFile().length()).sum();
        }
        assertThat(bytes).as("pack bytes").isLessThanOrEqualTo(LIMIT_BYTES).isGreaterThan(40_000_000L);
        Map<String, float[]> back = MultiTaskPack.readWeights(pack, base);
        float[] query = trained.get("encoder.layer.3.attention.self.query.weight");
        float[] queryBack = back.get("encoder.layer.3.attention.self.query.weight");
        for (int i = 0; i < query.length; i += 97) {
            assertThat(Math.abs(queryBack[i] - query[i])).isLessThanOrEqualTo(5e-6f);
        }
    }

    @Test
    void aPackThatChangedNothingGivesTheShippedEncodersVectors() throws IOException {
        Path pack = temp.resolve("unchanged");
        MultiTaskPack.write(pack, withHeads(base), base, description());
        assertThat(pack.resolve(MultiTaskPack.DELTAS).toFile().length()).isLessThan(100);
        List<String> texts = List.of("The bridge on Route 9 is closed after the flood", "lol", "",
                "I can't believe they did it AGAIN 😡 #fail", "Breaking: council votes to rebuild the dam, details at https://t.co/x",
                "@maria thanks, that helps a lot!", "Is this photo real? Looks edited to me",
                "Water everywhere... stay safe everyone 🙏", "Prices up 20% since March, says the ministry",
                "What a lovely surprise, another power cut. Great job guys.");

        float[][] reference;
        try (MiniLmTextEncoder onnx = MiniLmTextEncoder.open(cacheDir, DevicePreference.CPU)) {
            reference = onnx.encode(texts);
        }
        try (MultiTaskModel model = MultiTaskModel.load(pack, cacheDir, Device.cpu())) {
            List<float[]> vectors = model.vectors(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertThat(cosine(vectors.get(i), reference[i])).as(texts.get(i)).isGreaterThan(0.9999);
            }
            assertThat(model.classify(texts)).hasSize(description().tasks().size())
                    .allSatisfy((task, predictions) -> assertThat(predictions).hasSize(texts.size()));
        }
    }

    private static Function<NDManager, MiniLmEncoderBlock> encoderSource() {
        return manager -> MiniLmPretrained.block(cacheDir, manager);
    }

    /** The shipped English tasks' label counts; propaganda is multi-label. */
    private static MultiTaskPack.Description description() {
        List<PackTask> tasks = new ArrayList<>();
        Map<String, Integer> labels = new LinkedHashMap<>();
        labels.put("sentiment", 3);
        labels.put("emotion", 4);
        labels.put("sarcasm", 2);
        labels.put("offensive", 2);
        labels.put("hate", 2);
        for (String target : List.of("abortion", "atheism", "climate", "feminist", "hillary")) {
            labels.put("stance:" + target, 3);
        }
        labels.put("checkworthiness", 2);
        labels.put("truthfulness", 6);
        labels.put("propaganda", 22);
        labels.put("topic", 4);
        labels.forEach((name, count) -> {
            List<String> names = new ArrayList<>();
            for (int l = 0; l < count; l++) {
                names.add(name + "-" + l);
            }
            tasks.add(new PackTask(name, names, name.equals("propaganda"), "test", "macro_f1", 0));
        });
        return new MultiTaskPack.Description(MiniLmTextEncoder.MODEL_ID, 128, tasks, List.of());
    }

    private static Map<String, float[]> withHeads(Map<String, float[]> encoder) {
        Map<String, float[]> weights = new LinkedHashMap<>(encoder);
        Random random = new Random(2);
        List<PackTask> tasks = description().tasks();
        for (int t = 0; t < tasks.size(); t++) {
            float[] head = new float[tasks.get(t).labels().size() * 384];
            for (int i = 0; i < head.length; i++) {
                head[i] = (float) random.nextGaussian() * 0.05f;
            }
            weights.put(MultiTaskBlock.headName(t, "weight"), head);
            weights.put(MultiTaskBlock.headName(t, "bias"), new float[tasks.get(t).labels().size()]);
        }
        return weights;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
