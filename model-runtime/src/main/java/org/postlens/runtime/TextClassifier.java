package org.postlens.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Assigns labels to texts. Engine-neutral: callers see labels and scores, never tensors.
 * Deterministic: a text gets the same scores whatever other texts are classified with it.
 */
public interface TextClassifier extends AutoCloseable {

    /** The model; {@link ModelInfo#dimension()} is the number of labels. */
    ModelInfo model();

    /** The labels in output order: {@link Prediction#scores()} follow this order. */
    List<String> labels();

    /** True when labels are independent (sigmoid per label) rather than exclusive (softmax). */
    boolean multiLabel();

    Prediction classify(String text);

    /** One prediction per text, in order. */
    List<Prediction> classify(List<String> texts);

    /**
     * The id of the text encoder whose vectors this classifier reads (see {@link TextEncoder#model()}), or
     * empty when it reads only the text. Callers that run several such classifiers encode each text once and
     * pass the vectors to {@link #classify(List, List)}.
     */
    default Optional<String> encoderId() {
        return Optional.empty();
    }

    /**
     * Like {@link #classify(List)}, with each text's vector from the encoder named by {@link #encoderId()}
     * already computed; classifiers that read no vectors ignore them.
     */
    default List<Prediction> classify(List<String> texts, List<float[]> vectors) {
        return classify(texts);
    }

    /**
     * The words of {@code text} that pushed its prediction most, strongest first, at most {@code limit}.
     * This default measures it by leaving each word out in turn (occlusion): the drop in the predicted
     * label's score is the word's weight. Models that can say it exactly (linear n-gram models) override it.
     */
    default List<Contribution> explain(String text, int limit) {
        String[] words = text.strip().split("\\s+");
        if (text.isBlank() || limit < 1) {
            return List.of();
        }
        Prediction full = classify(text);
        int label = labels().indexOf(full.label());
        List<String> variants = new ArrayList<>(words.length);
        for (int left = 0; left < words.length; left++) {
            StringBuilder without = new StringBuilder();
            for (int i = 0; i < words.length; i++) {
                if (i != left) {
                    without.append(without.isEmpty() ? "" : " ").append(words[i]);
                }
            }
            variants.add(without.toString());
        }
        List<Prediction> occluded = classify(variants);
        List<Contribution> contributions = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            contributions.add(new Contribution(words[i], full.score() - occluded.get(i).scores()[label]));
        }
        contributions.sort(Comparator.comparingDouble((Contribution c) -> Math.abs(c.weight())).reversed());
        return List.copyOf(contributions.subList(0, Math.min(limit, contributions.size())));
    }

    @Override
    void close();
}
