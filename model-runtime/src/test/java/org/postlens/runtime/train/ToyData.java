package org.postlens.runtime.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small labelled data sets written by the tests: the label shows in a word, the rest is noise. */
final class ToyData {

    private ToyData() {}

    private static final String[] FILLER = ("the a city rain road bridge report says today tonight video photo people "
            + "water power market school after before near again still just very").split(" ");
    private static final String[] POSITIVE = {"love", "great", "wonderful", "thanks", "happy"};
    private static final String[] NEGATIVE = {"hate", "awful", "terrible", "angry", "worst"};
    private static final String[] NEUTRAL = {"update", "schedule", "notice", "meeting", "agenda"};

    static final List<String> SENTIMENT_LABELS = List.of("negative", "neutral", "positive");
    static final List<String> TOPIC_LABELS = List.of("weather", "traffic", "politics");

    /** Three-way "sentiment": one cue word per text among filler. */
    static TrainingData sentiment(int train, int validation, long seed) {
        Random random = new Random(seed);
        return new TrainingData(SENTIMENT_LABELS, false, sentimentExamples(train, random), sentimentExamples(validation, random));
    }

    private static List<LabelledText> sentimentExamples(int count, Random random) {
        List<LabelledText> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int label = random.nextInt(3);
            String[] cues = label == 0 ? NEGATIVE : label == 1 ? NEUTRAL : POSITIVE;
            examples.add(LabelledText.of(sentence(random, cues[random.nextInt(cues.length)]), SENTIMENT_LABELS.get(label)));
        }
        return examples;
    }

    /** Multi-label "topics": each topic present with probability 0.35, shown by one of its words. */
    static TrainingData topics(int train, int validation, long seed) {
        Random random = new Random(seed);
        return new TrainingData(TOPIC_LABELS, true, topicExamples(train, random), topicExamples(validation, random));
    }

    static final String RARE_LABEL = "bandwagon";

    /**
     * The topics and a rare label with no cue at all: a few train posts and exactly two validation posts carry it,
     * so its validation scores rank at random and the best-F1 threshold on them is often near 0.
     */
    static TrainingData topicsWithARareLabel(int train, int validation, long seed) {
        Random random = new Random(seed);
        List<String> labels = new ArrayList<>(TOPIC_LABELS);
        labels.add(RARE_LABEL);
        return new TrainingData(labels, true, withRareLabel(topicExamples(train, random), train / 50, random),
                withRareLabel(topicExamples(validation, random), 2, random));
    }

    private static List<LabelledText> withRareLabel(List<LabelledText> examples, int positives, Random random) {
        List<LabelledText> marked = new ArrayList<>(examples);
        for (int i = 0; i < positives; i++) {
            int at = random.nextInt(marked.size());
            LabelledText example = marked.get(at);
            if (example.labels().contains(RARE_LABEL)) {
                i--;
                continue;
            }
            List<String> labels = new ArrayList<>(example.labels());
            labels.add(RARE_LABEL);
            marked.set(at, new LabelledText(example.text(), labels));
        }
        return marked;
    }

    private static List<LabelledText> topicExamples(int count, Random random) {
        String[][] cues = {{"storm", "flood", "rainfall"}, {"traffic", "jam", "crash"}, {"minister", "election", "vote"}};
        List<LabelledText> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> labels = new ArrayList<>();
            StringBuilder words = new StringBuilder();
            for (int t = 0; t < cues.length; t++) {
                if (random.nextDouble() < 0.35) {
                    labels.add(TOPIC_LABELS.get(t));
                    words.append(cues[t][random.nextInt(cues[t].length)]).append(' ');
                }
            }
            examples.add(new LabelledText(sentence(random, words.toString().strip()), labels));
        }
        return examples;
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
