package org.postlens.runtime.multitask;

import java.util.List;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.TextClassifier;

/**
 * One task of a multi-task model as a {@link TextClassifier}. The views of one model share its forward passes:
 * when several views classify the same texts in turn (as an analysis does, task after task, for a page of posts),
 * the encoder runs once for all of them. Closing the last open view closes the model.
 */
final class TaskView implements TextClassifier {

    private final MultiTaskModel owner;
    private final PackTask task;
    private final ModelInfo info;

    TaskView(MultiTaskModel owner, PackTask task, ModelInfo info) {
        this.owner = owner;
        this.task = task;
        this.info = info;
    }

    @Override
    public ModelInfo model() {
        return info;
    }

    @Override
    public List<String> labels() {
        return task.labels();
    }

    @Override
    public boolean multiLabel() {
        return task.multiLabel();
    }

    @Override
    public Prediction classify(String text) {
        return classify(List.of(text)).get(0);
    }

    @Override
    public List<Prediction> classify(List<String> texts) {
        return owner.classifyShared(texts).get(task.name());
    }

    @Override
    public void close() {
        owner.viewClosed();
    }
}
