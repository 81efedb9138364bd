package org.postlens.app.testing;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.NormalInitializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.postlens.app.embed.RealTextEncoder;
import org.postlens.runtime.RuntimeEnvironment;
import org.postlens.runtime.pack.BagOfEmbeddingsBlock;

/**
 * Task model packs that really run: DJL {@code .params} bag-of-embeddings classifiers with seeded random weights
 * on the PyTorch engine (CPU, offline), over the BERT tokenizer shipped in the MiniLM jar. Their labels mean
 * nothing, but every prediction comes from the real engine through the real pack loader.
 */
public final class RunnableModelPacks {

    private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-tokenizer.json";
    private static final int HIDDEN = 8;

    private RunnableModelPacks() {
    }

    public static Path pack(Path root, String id, String task, List<String> languages, List<String> labels, long seed) {
        return pack(root, id, task, null, languages, labels, seed);
    }

    /** A pack of a task with one pack per target ({@code target} null: none). */
    public static Path pack(Path root, String id, String task, String target, List<String> languages, List<String> labels,
            long seed) {
        return write(root, id, task, target, languages, labels, false, seed);
    }

    /** A multi-label pack: each label's score on its own (sigmoid), any number of them may pass 0.5. */
    public static Path multiLabelPack(Path root, String id, String task, List<String> languages, List<String> labels,
            long seed) {
        return write(root, id, task, null, languages, labels, true, seed);
    }

    private static Path write(Path root, String id, String task, String target, List<String> languages,
            List<String> labels, boolean multiLabel, long seed) {
        RuntimeEnvironment.configure(RealTextEncoder.TEST_HOME.resolve("cache").resolve("djl"));
        Path folder = root.resolve(id);
        try {
            Files.createDirectories(folder);
            byte[] tokenizer = tokenizerJson();
            int vocab = vocabSize(tokenizer);
            Engine.getEngine("PyTorch").setRandomSeed((int) seed);
            try (Model model = Model.newInstance(id, Device.cpu(), "PyTorch")) {
                BagOfEmbeddingsBlock block = new BagOfEmbeddingsBlock(vocab, HIDDEN, labels.size());
                block.setInitializer(new NormalInitializer(1f), Parameter.Type.WEIGHT);
                block.setInitializer(new NormalInitializer(0.5f), Parameter.Type.BIAS);
                model.setBlock(block);
                block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 4), new Shape(1, 4));
                model.save(folder, "model");
            }
            Files.write(folder.resolve("tokenizer.json"), tokenizer);
            Files.writeString(folder.resolve("labels.txt"), String.join("\n", labels) + "\n");
            Files.writeString(folder.resolve("serving.properties"), String.join("\n",
                    "engine=PyTorch",
                    "option.modelName=model",
                    "postlens.architecture=" + BagOfEmbeddingsBlock.ARCHITECTURE,
                    BagOfEmbeddingsBlock.VOCAB_SIZE_KEY + "=" + vocab,
                    BagOfEmbeddingsBlock.HIDDEN_SIZE_KEY + "=" + HIDDEN,
                    "maxLength=64",
                    "postlens.task=" + task,
                    target == null ? "" : "postlens.target=" + target,
                    "postlens.languages=" + String.join(",", languages),
                    ""));
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(folder.resolve("model-0000.params"))));
            Files.writeString(folder.resolve("model-card.json"), """
                    {"version": "1.0.0", "task": "%s",%s "languages": ["%s"], "sha256": "%s", "multiLabel": %s,
                     "trainingData": {"name": "none: random weights for tests", "licence": "CC0-1.0"},
                     "metrics": {"validation": {"macro_f1": 0.5}}}
                    """.formatted(task, target == null ? "" : " \"target\": \"" + target + "\",", String.join("\", \"", languages), sha, multiLabel));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] tokenizerJson() throws IOException {
        try (InputStream in = RunnableModelPacks.class.getResourceAsStream(TOKENIZER_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(TOKENIZER_RESOURCE + " is not on the class path (langchain4j MiniLM jar)");
            }
            return in.readAllBytes();
        }
    }

    private static int vocabSize(byte[] tokenizer) throws IOException {
        return com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(new String(tokenizer,
                StandardCharsets.UTF_8)).path("model").path("vocab").size();
    }
}
