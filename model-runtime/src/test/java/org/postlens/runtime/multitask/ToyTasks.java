package org.postlens.runtime.multitask;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.postlens.runtime.encoder.BertConfig;
import org.postlens.runtime.train.LabelledText;
import org.postlens.runtime.train.TrainingData;

/**
 * Two toy tasks a tiny BERT can learn in seconds, read by a toy tokenizer (word "wN" is token N + 10):
 * "marker" (single-label: which of the words w1, w2, w3 the text holds) and "flags" (multi-label: x when the text
 * holds w4, y when it holds w5, both, or neither).
 */
final class ToyTasks {

    static final BertConfig TINY = new BertConfig(64, 32, 2, 4, 64, 32, 2, 1e-12f, 0.1f);

    private ToyTasks() {}

    static TextTokens tokens() {
        return texts -> texts.stream().map(text -> {
            String[] words = text.split(" ");
            long[] ids = new long[words.length + 2];
            ids[0] = 1;
            for (int i = 0; i < words.length; i++) {
                ids[i + 1] = 10 + Integer.parseInt(words[i].substring(1));
            }
            ids[ids.length - 1] = 2;
            return ids;
        }).toArray(long[][]::new);
    }

    static List<TaskData> tasks(int train, int validation) {
        return List.of(
                new TaskData("marker", "toy-a", "accuracy", new TrainingData(List.of("one", "two", "three"), false,
                        marker(train, new Random(1)), marker(validation, new Random(2)))),
                new TaskData("flags", "toy-b", "micro_f1", new TrainingData(List.of("x", "y"), true,
                        flags(train, new Random(3)), flags(validation, new Random(4)))));
    }

    private static List<LabelledText> marker(int count, Random random) {
        List<String> names = List.of("one", "two", "three");
        List<LabelledText> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int label = i % 3;
            List<String> words = filler(random);
            words.add(random.nextInt(words.size() + 1), "w" + (label + 1));
            examples.add(LabelledText.of(String.join(" ", words), names.get(label)));
        }
        return examples;
    }

    private static List<LabelledText> flags(int count, Random random) {
        List<LabelledText> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> words = filler(random);
            List<String> labels = new ArrayList<>();
            if (i % 4 == 1 || i % 4 == 3) {
                words.add(random.nextInt(words.size() + 1), "w4");
                labels.add("x");
            }
            if (i % 4 >= 2) {
                words.add(random.nextInt(words.size() + 1), "w5");
                labels.add("y");
            }
            examples.add(new LabelledText(String.join(" ", words), labels));
        }
        return examples;
    }

    /** 2 to 9 words from w6..w40, so that lengths vary and batches by length differ. */
    private static List<String> filler(Random random) {
        List<String> words = new ArrayList<>();
        int length = 2 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            words.add("w" + (6 + random.nextInt(35)));
        }
        return words;
    }
}
