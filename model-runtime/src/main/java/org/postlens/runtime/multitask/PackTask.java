package org.postlens.runtime.multitask;

import java.util.List;

/**
 * A task as a multi-task pack holds it: its head's labels and the validation figure the card reports.
 *
 * @param validation the figure by {@code metric} on the task's validation split, at the kept epoch
 */
public record PackTask(String name, List<String> labels, boolean multiLabel, String dataSet, String metric,
        double validation) {

    public PackTask {
        labels = List.copyOf(labels);
    }
}
