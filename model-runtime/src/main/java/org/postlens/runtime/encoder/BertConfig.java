package org.postlens.runtime.encoder;

/**
 * The sizes of a BERT encoder, as in a Hugging Face {@code config.json}.
 *
 * @param dropout hidden and attention-probability dropout while training (Hugging Face's
 *     {@code hidden_dropout_prob} and {@code attention_probs_dropout_prob}, equal in every BERT config we use)
 */
public record BertConfig(int vocabSize, int hiddenSize, int layers, int heads, int intermediateSize,
        int maxPositions, int typeVocabSize, float layerNormEpsilon, float dropout) {

    public BertConfig {
        if (hiddenSize % heads != 0) {
            throw new IllegalArgumentException("hiddenSize " + hiddenSize + " is not a multiple of heads " + heads);
        }
    }

    /** sentence-transformers/all-MiniLM-L6-v2. */
    public static BertConfig allMiniLmL6V2() {
        return new BertConfig(30522, 384, 6, 12, 1536, 512, 2, 1e-12f, 0.1f);
    }

    public int headSize() {
        return hiddenSize / heads;
    }

    public BertConfig withDropout(float rate) {
        return new BertConfig(vocabSize, hiddenSize, layers, heads, intermediateSize, maxPositions, typeVocabSize,
                layerNormEpsilon, rate);
    }
}
