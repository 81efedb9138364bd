package org.postlens.runtime.multitask;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.util.List;

/** Turns texts into token ids (with [CLS] and [SEP], unpadded): the encoder's tokenizer, or a toy one in tests. */
@FunctionalInterface
public interface TextTokens {

    long[][] encode(List<String> texts);

    static TextTokens of(HuggingFaceTokenizer tokenizer) {
        return texts -> {
            Encoding[] encodings = tokenizer.batchEncode(texts);
            long[][] ids = new long[encodings.length][];
            for (int i = 0; i < encodings.length; i++) {
                ids[i] = encodings[i].getIds();
            }
            return ids;
        };
    }
}
