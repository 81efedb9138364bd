package org.postlens.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our DJL pipeline gives what langchain4j's own in-process model gives for the same ONNX file. */
class LangChain4jEquivalenceTest {

    @TempDir
    Path cacheDir;

    @Test
    void cosineWithLangChain4jIsAtLeast0_9999ForEverySentence() {
        List<String> texts = new ArrayList<>(TestTexts.SENTENCES);
        texts.add(TestTexts.ARABIC);
        texts.add(TestTexts.HINDI);

        float[][] ours;
        try (MiniLmTextEncoder encoder = MiniLmTextEncoder.open(cacheDir, DevicePreference.CPU)) {
            ours = encoder.encode(texts);
        }
        List<Embedding> theirs = new AllMiniLmL6V2EmbeddingModel()
                .embedAll(texts.stream().map(TextSegment::from).toList())
                .content();

        for (int i = 0; i < texts.size(); i++) {
            float[] reference = theirs.get(i).vector();
            double cosine = MiniLmTextEncoderTest.dot(ours[i], reference)
                    / (MiniLmTextEncoderTest.norm(ours[i]) * MiniLmTextEncoderTest.norm(reference));
            assertThat(cosine).as(texts.get(i)).isGreaterThanOrEqualTo(0.9999);
        }
    }
}
