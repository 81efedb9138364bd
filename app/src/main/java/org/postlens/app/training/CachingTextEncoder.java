package org.postlens.app.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.TextEncoder;

/**
 * Remembers each text's vector, so that trying several model families on one data set encodes each text once.
 * Safe because the encoder is deterministic: a text gets the same vector whatever it is batched with.
 */
final class CachingTextEncoder implements TextEncoder {

    private final TextEncoder encoder;
    private final Map<String, float[]> vectors = new HashMap<>();

    CachingTextEncoder(TextEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public ModelInfo model() {
        return encoder.model();
    }

    @Override
    public Set<String> languages() {
        return encoder.languages();
    }

    @Override
    public synchronized float[][] encode(List<String> texts) {
        Set<String> unseen = new LinkedHashSet<>();
        for (String text : texts) {
            if (!vectors.containsKey(text)) {
                unseen.add(text);
            }
        }
        if (!unseen.isEmpty()) {
            List<String> missing = new ArrayList<>(unseen);
            float[][] encoded = encoder.encode(missing);
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), encoded[i]);
            }
        }
        float[][] result = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            result[i] = vectors.get(texts.get(i)).clone();
        }
        return result;
    }

    /** The wrapped encoder is the caller's to close. */
    @Override
    public void close() {
        vectors.clear();
    }
}
