package org.postlens.app.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postlens.app.analysis.TaskModel;
import org.postlens.app.embed.RealTextEncoder;
import org.postlens.runtime.Contribution;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.TextClassifier;
import org.postlens.runtime.TextEncoder;

/** An encoder head's prediction explained by leaving each word out, with the real encoder. */
class HeadExplanationTest {

    @Test
    void theWordsThatMoveTheHeadsScoreMostComeFirst() {
        try (TextEncoder encoder = RealTextEncoder.open()) {
            float[] direction = encoder.encode(List.of("flood"))[0];
            TaskModel head = new TaskModel("topic", Set.of("en"), new FloodHead(encoder.model().id(), direction));
            String text = "the flood closed the road near the river";

            List<Contribution> words = TaskAnalysisViewModel.explainHead(head, encoder, text);

            assertThat(words).hasSize(TaskAnalysisViewModel.EXPLANATION_LIMIT);
            assertThat(words).extracting(Contribution::feature).allMatch(Arrays.asList(text.split(" "))::contains);
            assertThat(words.get(0).feature()).as("leaving out 'flood' moves a head that looks for floods most").isEqualTo("flood");
            assertThat(words).extracting(c -> Math.abs(c.weight())).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        }
    }

    /** "flood" with a probability rising with the cosine to the vector of the word flood. */
    private record FloodHead(String encoder, float[] direction) implements TextClassifier {
        @Override public ModelInfo model() { return new ModelInfo("flood-head", "1", 2, "Java", "cpu"); }
        @Override public List<String> labels() { return List.of("other", "flood"); }
        @Override public boolean multiLabel() { return false; }
        @Override public Optional<String> encoderId() { return Optional.of(encoder); }
        @Override public Prediction classify(String text) { throw new UnsupportedOperationException(); }
        @Override public List<Prediction> classify(List<String> texts) { throw new UnsupportedOperationException(); }
        @Override public List<Prediction> classify(List<String> texts, List<float[]> vectors) {
            return vectors.stream().map(vector -> {
                float dot = 0;
                for (int i = 0; i < vector.length; i++) {
                    dot += vector[i] * direction[i];
                }
                float flood = (float) (1 / (1 + Math.exp(-10 * (dot - 0.3))));
                return flood >= 0.5 ? new Prediction("flood", flood, new float[] {1 - flood, flood})
                        : new Prediction("other", 1 - flood, new float[] {1 - flood, flood});
            }).toList();
        }
        @Override public void close() { }
    }
}
