package org.postlens.app.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Model pack folders for tests that list or validate packs without running a model. */
public final class StandInModelPacks {

    private StandInModelPacks() {
    }

    /** A pack folder in djl-convert's layout with Postlens's model card; the model file is a stand-in. */
    public static Path pack(Path root, String id, String task, String language, String cardSha) throws Exception {
        Path folder = Files.createDirectories(root.resolve(id));
        byte[] model = ("stand-in model " + id).getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve("model.onnx"), model);
        Files.writeString(folder.resolve("tokenizer.json"), "{}");
        Files.writeString(folder.resolve("serving.properties"), String.join("\n",
                "engine=OnnxRuntime",
                "translatorFactory=ai.djl.huggingface.translator.TextClassificationTranslatorFactory",
                ""));
        Files.writeString(folder.resolve("config.json"), "{\"id2label\": {\"0\": \"negative\", \"1\": \"positive\"}}");
        String sha = cardSha != null ? cardSha : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(model));
        Files.writeString(folder.resolve("model-card.json"), """
                {"version": "1.0.0", "task": "%s", "languages": ["%s"], "sha256": "%s",
                 "trainingData": {"name": "none: a test stand-in", "licence": "CC0-1.0"},
                 "metrics": {"validation": {"macro_f1": 0.5}}}
                """.formatted(task, language, sha));
        return folder;
    }
}
