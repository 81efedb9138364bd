package org.postlens.runtime.pack;

import java.util.LinkedHashMap;
import java.util.Map;
import org.postlens.runtime.text.NgramSettings;

/**
 * The shape of a {@code postlens.architecture=text-model} pack: which inputs it reads and how wide each
 * layer is. Written to and read from serving.properties.
 *
 * @param ngrams how texts are cut into hashed n-grams; null when the model reads no n-grams
 * @param vectorSize width of the encoder vector it reads (384 for all-MiniLM-L6-v2); 0 when it reads none
 * @param hiddenSize width of the hidden layer on the vector (ReLU); 0 for a linear (logistic) head
 * @param encoderId the encoder whose vectors it reads ({@code TextEncoder.model().id()}); null when none
 */
public record TextModelSpec(int labelCount, NgramSettings ngrams, int vectorSize, int hiddenSize, String encoderId) {

    public static final String ARCHITECTURE = "text-model";
    public static final String VECTOR_SIZE_KEY = "postlens.vectorSize";
    public static final String HIDDEN_SIZE_KEY = "postlens.hiddenSize";
    public static final String ENCODER_KEY = "postlens.encoder";

    public TextModelSpec {
        if (labelCount < 1) {
            throw new IllegalArgumentException("a model needs at least one label");
        }
        if (ngrams == null && vectorSize == 0) {
            throw new IllegalArgumentException("a text model reads n-grams, an encoder vector, or both: it reads neither");
        }
        if (vectorSize < 0 || hiddenSize < 0) {
            throw new IllegalArgumentException("sizes must not be negative: vectorSize " + vectorSize + ", hiddenSize " + hiddenSize);
        }
        if (vectorSize > 0 && (encoderId == null || encoderId.isBlank())) {
            throw new IllegalArgumentException("a model that reads vectors must name their encoder");
        }
        if (vectorSize == 0 && hiddenSize > 0) {
            throw new IllegalArgumentException("a hidden layer needs a vector input");
        }
    }

    public boolean readsNgrams() {
        return ngrams != null;
    }

    public boolean readsVectors() {
        return vectorSize > 0;
    }

    public int buckets() {
        return ngrams == null ? 0 : ngrams.buckets();
    }

    /** The serving.properties keys of this spec, {@code postlens.architecture} included, in a stable order. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(ParamsModels.ARCHITECTURE_KEY, ARCHITECTURE);
        if (ngrams != null) {
            ngrams.write(properties::put);
        }
        if (vectorSize > 0) {
            properties.put(VECTOR_SIZE_KEY, Integer.toString(vectorSize));
            properties.put(HIDDEN_SIZE_KEY, Integer.toString(hiddenSize));
            properties.put(ENCODER_KEY, encoderId);
        }
        return properties;
    }

    /**
     * The spec serving.properties describes: n-grams when it has {@code postlens.ngram.buckets}, a vector
     * input when it has {@code postlens.vectorSize}.
     *
     * @throws IllegalArgumentException naming the key that is wrong
     */
    public static TextModelSpec read(Map<String, String> properties, int labelCount) {
        NgramSettings ngrams = properties.containsKey(NgramSettings.BUCKETS) ? NgramSettings.read(properties) : null;
        int vectorSize = properties.containsKey(VECTOR_SIZE_KEY) ? number(properties, VECTOR_SIZE_KEY) : 0;
        int hiddenSize = properties.containsKey(HIDDEN_SIZE_KEY) ? number(properties, HIDDEN_SIZE_KEY) : 0;
        if (ngrams == null && vectorSize == 0) {
            throw new IllegalArgumentException("neither " + NgramSettings.BUCKETS + " nor " + VECTOR_SIZE_KEY
                    + " is given: the model must read n-grams, an encoder vector, or both");
        }
        if (vectorSize > 0 && (properties.get(ENCODER_KEY) == null || properties.get(ENCODER_KEY).isBlank())) {
            throw new IllegalArgumentException(ENCODER_KEY + " is missing: name the encoder whose vectors the model reads");
        }
        return new TextModelSpec(labelCount, ngrams, vectorSize, hiddenSize, properties.get(ENCODER_KEY));
    }

    private static int number(Map<String, String> properties, String key) {
        String value = properties.get(key);
        try {
            int number = Integer.parseInt(value == null ? "" : value.strip());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + "=" + value + " is not a whole number >= 0");
    }
}
