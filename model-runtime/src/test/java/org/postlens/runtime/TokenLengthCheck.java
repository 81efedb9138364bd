package org.postlens.runtime;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "postlens.throughput", matches = "true")
class TokenLengthCheck {
    @Test
    void meanTokens() throws Exception {
        MiniLmTextEncoder.open(Path.of("target/throughput-cache"), DevicePreference.CPU).close();
        Path file = Path.of("target/throughput-cache/models/all-minilm-l6-v2-" + MiniLmTextEncoder.MODEL_VERSION + "/tokenizer.json");
        try (HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(file).optPadding(false).build()) {
            int[] lengths = Arrays.stream(tokenizer.batchEncode(TestTexts.tweets(2_000, 42))).mapToInt(e -> e.getIds().length).toArray();
            System.out.printf("TOKENS mean=%.1f distinct=%d%n", Arrays.stream(lengths).average().orElse(0), Arrays.stream(lengths).distinct().count());
        }
    }
}
