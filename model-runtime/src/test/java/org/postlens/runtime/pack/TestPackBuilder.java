package org.postlens.runtime.pack;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes a model pack folder the way djl-convert leaves a Hugging Face text classifier (model.onnx,
 * tokenizer.json, config.json with id2label, serving.properties naming TextClassificationTranslatorFactory)
 * plus the model card Postlens requires. The tokenizer is the real BERT one shipped in the langchain4j
 * MiniLM jar; the model is {@link OnnxModelWriter}'s random-weight classifier over its vocabulary.
 */
final class TestPackBuilder {

    static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-tokenizer.json";

    private static byte[] tokenizerJson;
    private static int vocabSize;

    private final Path folder;
    private int logits = 2;
    private List<String> labels = List.of("negative", "positive");
    private boolean labelsAsTextFile;
    private boolean multiLabel;
    private boolean writeModel = true;
    private boolean writeCard = true;
    private String cardSha256;
    private String engine = "OnnxRuntime";
    private String modelFileName = "model.onnx";
    private long seed = 42;
    private byte[] modelBytes;

    TestPackBuilder(Path root, String id) {
        this.folder = root.resolve(id);
    }

    TestPackBuilder logits(int count) { this.logits = count; return this; }
    TestPackBuilder labels(String... names) { this.labels = List.of(names); return this; }
    TestPackBuilder labelsAsTextFile() { this.labelsAsTextFile = true; return this; }
    TestPackBuilder multiLabel() { this.multiLabel = true; return this; }
    TestPackBuilder withoutModelFile() { this.writeModel = false; return this; }
    TestPackBuilder withoutCard() { this.writeCard = false; return this; }
    TestPackBuilder cardSha256(String sha) { this.cardSha256 = sha; return this; }
    TestPackBuilder seed(long value) { this.seed = value; return this; }

    /** A TorchScript-named file whose bytes are not TorchScript: the PyTorch engine must refuse it. */
    TestPackBuilder torchScript() {
        this.engine = "PyTorch";
        this.modelFileName = "tiny-classifier.pt";
        return this;
    }

    /** A real TorchScript model (see tools/make-torchscript-fixture.py). */
    TestPackBuilder torchScript(byte[] model) {
        torchScript();
        this.modelBytes = model.clone();
        return this;
    }

    Path write() {
        try {
            Files.createDirectories(folder);
            byte[] model = modelBytes != null ? modelBytes : engine.equals("OnnxRuntime")
                    ? OnnxModelWriter.textClassifier(vocabSize(), 8, logits, seed)
                    : "not really TorchScript".getBytes(StandardCharsets.UTF_8);
            if (writeModel) {
                Files.write(folder.resolve(modelFileName), model);
            }
            Files.write(folder.resolve("tokenizer.json"), tokenizerJson());
            Files.writeString(folder.resolve("serving.properties"), String.join("\n",
                    "engine=" + engine,
                    "option.modelName=tiny-classifier",
                    "translatorFactory=ai.djl.huggingface.translator.TextClassificationTranslatorFactory",
                    "postlens.task=sentiment",
                    "postlens.languages=en",
                    ""));
            if (labelsAsTextFile) {
                Files.writeString(folder.resolve("labels.txt"), String.join("\n", labels) + "\n");
            } else {
                Files.writeString(folder.resolve("config.json"), hfConfig());
            }
            if (writeCard) {
                Files.writeString(folder.resolve("model-card.json"), card(cardSha256 != null ? cardSha256 : sha256(model)));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String hfConfig() {
        StringJoiner id2label = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < labels.size(); i++) {
            id2label.add("\"" + i + "\": \"" + labels.get(i) + "\"");
        }
        return "{\"architectures\": [\"BertForSequenceClassification\"], \"model_type\": \"bert\",\n"
                + " \"problem_type\": \"" + (multiLabel ? "multi_label_classification" : "single_label_classification") + "\",\n"
                + " \"id2label\": " + id2label + "}\n";
    }

    private String card(String sha) {
        return """
                {
                  "version": "0.0.1-test",
                  "task": "sentiment",
                  "languages": ["en"],
                  "multiLabel": %s,
                  "sha256": "%s",
                  "trainingData": {"name": "none: random weights for tests", "licence": "CC0-1.0"},
                  "metrics": {"validation": {"macro_f1": 0.5}}
                }
                """.formatted(multiLabel, sha);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized byte[] tokenizerJson() {
        if (tokenizerJson == null) {
            try (InputStream in = TestPackBuilder.class.getResourceAsStream(TOKENIZER_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(TOKENIZER_RESOURCE + " is not on the test classpath (langchain4j MiniLM jar)");
                }
                tokenizerJson = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tokenizerJson;
    }

    /** The embedding table must cover every id the tokenizer can produce. */
    static synchronized int vocabSize() {
        if (vocabSize == 0) {
            vocabSize = JsonParser.parseString(new String(tokenizerJson(), StandardCharsets.UTF_8))
                    .getAsJsonObject().getAsJsonObject("model").getAsJsonObject("vocab").size();
        }
        return vocabSize;
    }
}
