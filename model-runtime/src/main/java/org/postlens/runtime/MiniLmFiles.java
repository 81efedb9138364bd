package org.postlens.runtime;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Path;

/** all-MiniLM-L6-v2's ONNX file and tokenizer.json, copied out of the langchain4j jar into the cache on first use. */
record MiniLmFiles(Path model, Path tokenizer) {

    private static final String MODEL_NAME = "all-minilm-l6-v2";

    static MiniLmFiles extract(Path cacheDir) {
        Path modelDir = cacheDir.resolve("models").resolve(MODEL_NAME + "-" + MiniLmTextEncoder.MODEL_VERSION);
        try {
            Path model = ResourceExtractor.extract(
                    MiniLmTextEncoder.MODEL_RESOURCE, MiniLmTextEncoder.MODEL_SHA256, modelDir.resolve(MODEL_NAME + ".onnx"));
            Path tokenizer = ResourceExtractor.extract(
                    MiniLmTextEncoder.TOKENIZER_RESOURCE, MiniLmTextEncoder.TOKENIZER_SHA256, modelDir.resolve("tokenizer.json"));
            return new MiniLmFiles(model, tokenizer);
        } catch (IOException e) {
            throw new ModelRuntimeException("Cannot prepare the " + MiniLmTextEncoder.MODEL_ID + " model files in " + modelDir, e);
        }
    }

    Path modelDir() {
        return model.getParent();
    }

    static String modelName() {
        return MODEL_NAME;
    }

    /** Unpadded (the file pads everything to 128), truncated to the length the model was trained at. */
    HuggingFaceTokenizer openTokenizer() throws IOException {
        return openTokenizer(MiniLmTextEncoder.MAX_TOKENS);
    }

    HuggingFaceTokenizer openTokenizer(int maxTokens) throws IOException {
        return HuggingFaceTokenizer.builder()
                .optTokenizerPath(tokenizer)
                .optPadding(false)
                .optTruncation(true)
                .optMaxLength(maxTokens)
                .build();
    }
}
