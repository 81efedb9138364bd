package org.postlens.runtime.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.train.LabelledText;

/**
 * Labelled posts the tests write: the label shows in one cue word among filler, and in a small "stored vector"
 * that points along the label's axis plus noise, as a project's stored sentence vectors would separate them.
 */
final class LearnToyData {

    static final List<String> LABELS = List.of("negative", "neutral", "positive");
    static final List<String> TOPICS = List.of("weather", "traffic", "politics");
    static final int VECTOR_SIZE = 8;
    static final ModelInfo TOY_ENCODER = new ModelInfo("toy-encoder", "1", VECTOR_SIZE, "none", "cpu");

    private static final String[] FILLER = ("the a city rain road bridge report says today tonight video photo people "
            + "water power market school after before near again still just very").split(" ");
    static final String[][] CUES = {{"hate", "awful", "terrible", "angry", "worst"},
            {"update", "schedule", "notice", "meeting", "agenda"}, {"love", "great", "wonderful", "thanks", "happy"}};
    private static final String[][] TOPIC_CUES = {{"storm", "flood", "rainfall"}, {"traffic", "jam", "crash"},
            {"minister", "election", "vote"}};

    private LearnToyData() {}

    /** Single-label sentiment with cycling labels (so every label shows up in the first few), each with a vector. */
    static List<LabelledText> sentiment(int count, long seed) {
        return sentiment(count, seed, CUES[0].length);
    }

    /** The same with only the first {@code cuesPerLabel} cue words of each label. */
    static List<LabelledText> sentiment(int count, long seed, int cuesPerLabel) {
        Random random = new Random(seed);
        List<LabelledText> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int label = i % 3;
            String cue = CUES[label][random.nextInt(cuesPerLabel)];
            examples.add(new LabelledText(sentence(random, cue), List.of(LABELS.get(label)), vector(random, label)));
        }
        return examples;
    }

    /** Multi-label topics: each present with probability 0.4, shown by one of its words. */
    static List<LabelledText> topics(int count, long seed) {
        Random random = new Random(seed);
        List<LabelledText> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> labels = new ArrayList<>();
            StringBuilder cues = new StringBuilder();
            for (int t = 0; t < TOPICS.size(); t++) {
                if (random.nextDouble() < 0.4) {
                    labels.add(TOPICS.get(t));
                    cues.append(TOPIC_CUES[t][random.nextInt(TOPIC_CUES[t].length)]).append(' ');
                }
            }
            examples.add(new LabelledText(sentence(random, cues.toString().strip()), labels));
        }
        return examples;
    }

    static float[] vector(Random random, int label) {
        float[] vector = new float[VECTOR_SIZE];
        for (int d = 0; d < VECTOR_SIZE; d++) {
            vector[d] = (float) (random.nextGaussian() * 0.3);
        }
        vector[label] += 1f;
        return vector;
    }

    private static String sentence(Random random, String cue) {
        List<String> words = new ArrayList<>();
        int length = 5 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            words.add(FILLER[random.nextInt(FILLER.length)]);
        }
        if (!cue.isEmpty()) {
            words.add(random.nextInt(words.size() + 1), cue);
        }
        return String.join(" ", words);
    }
}
