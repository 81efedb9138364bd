package org.postlens.runtime;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import org.postlens.runtime.encoder.BertConfig;
import org.postlens.runtime.encoder.BertStateDict;
import org.postlens.runtime.encoder.MiniLmEncoderBlock;
import org.postlens.runtime.encoder.OnnxModelFile;

/**
 * The shipped all-MiniLM-L6-v2 as a starting point for training: its tokenizer and an encoder block holding its
 * pretrained weights, both from the langchain4j jar (copied into the cache on first use).
 */
public final class MiniLmPretrained {

    private MiniLmPretrained() {}

    /**
     * A block with the pretrained weights set on {@code manager} (the model's), not yet initialised: call
     * {@code initialize} (or {@code Trainer.initialize}) next, which keeps these weights.
     */
    public static MiniLmEncoderBlock block(Path cacheDir, NDManager manager) {
        MiniLmFiles files = MiniLmFiles.extract(cacheDir);
        MiniLmEncoderBlock block = new MiniLmEncoderBlock(BertConfig.allMiniLmL6V2());
        try {
            block.loadHuggingFaceWeights(BertStateDict.fromOnnx(OnnxModelFile.read(files.model())), manager);
        } catch (IOException e) {
            throw new ModelRuntimeException("Cannot read the weights of " + MiniLmTextEncoder.MODEL_ID + " from " + files.model(), e);
        }
        return block;
    }

    /** Unpadded, truncated at {@value MiniLmTextEncoder#MAX_TOKENS} tokens, as the encoders read texts. */
    public static HuggingFaceTokenizer tokenizer(Path cacheDir) {
        return tokenizer(cacheDir, MiniLmTextEncoder.MAX_TOKENS);
    }

    /** Unpadded, truncated at {@code maxTokens} (training uses shorter texts than the model can read, for speed). */
    public static HuggingFaceTokenizer tokenizer(Path cacheDir, int maxTokens) {
        if (maxTokens < 2 || maxTokens > MiniLmTextEncoder.MAX_TOKENS) {
            throw new IllegalArgumentException("maxTokens must be 2 to " + MiniLmTextEncoder.MAX_TOKENS + ", not " + maxTokens);
        }
        MiniLmFiles files = MiniLmFiles.extract(cacheDir);
        try {
            return files.openTokenizer(maxTokens);
        } catch (IOException e) {
            throw new ModelRuntimeException("Cannot open the tokenizer of " + MiniLmTextEncoder.MODEL_ID, e);
        }
    }
}
