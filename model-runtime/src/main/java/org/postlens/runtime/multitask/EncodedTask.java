package org.postlens.runtime.multitask;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.List;
import org.postlens.runtime.train.LabelledText;
import org.postlens.runtime.train.TrainingData;

/** A task's texts as token ids and its labels as indices (single-label) or flags (multi-label). */
record EncodedTask(long[][] train, long[][] validation, boolean multiLabel, int labels, int[] trainIndices,
        boolean[][] trainFlags, int[] validationIndices, boolean[][] validationFlags) {

    static EncodedTask of(TaskData task, TextTokens tokens, int maxTokens) {
        TrainingData data = task.data();
        return new EncodedTask(encode(data.train(), tokens, maxTokens), encode(data.validation(), tokens, maxTokens),
                data.multiLabel(), data.labels().size(), indices(task, data.train()), flags(task, data.train()),
                indices(task, data.validation()), flags(task, data.validation()));
    }

    private static long[][] encode(List<LabelledText> examples, TextTokens tokens, int maxTokens) {
        long[][] ids = tokens.encode(examples.stream().map(LabelledText::text).toList());
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].length > maxTokens) {
                ids[i] = Arrays.copyOf(ids[i], maxTokens);
            }
        }
        return ids;
    }

    private static int[] indices(TaskData task, List<LabelledText> examples) {
        if (task.data().multiLabel()) {
            return new int[0];
        }
        int[] indices = new int[examples.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = labelIndex(task, examples.get(i).labels().get(0));
        }
        return indices;
    }

    private static boolean[][] flags(TaskData task, List<LabelledText> examples) {
        if (!task.data().multiLabel()) {
            return new boolean[0][];
        }
        boolean[][] flags = new boolean[examples.size()][task.data().labels().size()];
        for (int i = 0; i < flags.length; i++) {
            for (String label : examples.get(i).labels()) {
                flags[i][labelIndex(task, label)] = true;
            }
        }
        return flags;
    }

    private static int labelIndex(TaskData task, String label) {
        int index = task.data().labels().indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException(task.name() + ": label " + label + " is not one of " + task.data().labels());
        }
        return index;
    }

    NDArray labelIndices(NDManager manager, int[] rows) {
        float[] labels = new float[rows.length];
        for (int r = 0; r < rows.length; r++) {
            labels[r] = trainIndices[rows[r]];
        }
        return manager.create(labels);
    }

    NDArray labelMatrix(NDManager manager, int[] rows) {
        float[] matrix = new float[rows.length * labels];
        for (int r = 0; r < rows.length; r++) {
            for (int l = 0; l < labels; l++) {
                matrix[r * labels + l] = trainFlags[rows[r]][l] ? 1f : 0f;
            }
        }
        return manager.create(matrix, new Shape(rows.length, labels));
    }
}
