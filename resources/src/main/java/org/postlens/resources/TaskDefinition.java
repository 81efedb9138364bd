package org.postlens.resources;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One analysis task: the label schema that models and human annotators share, and per language the data set a
 * shipped model learns from.
 *
 * @param id        short name used on the command line and in model cards, e.g. {@code sentiment}
 * @param name      what a journalist calls it, e.g. "Sarcasm or irony"
 * @param labels    readable label names, in the order models give their outputs
 * @param metric    the metric for data of this task when no language entry says otherwise
 * @param languages per language code (en, ar, hi), the shipped data set and its literature's metric
 * @param targets   for a task answered per target (stance), the targets the shipped models know; else empty
 */
public record TaskDefinition(String id, String name, String description, List<String> labels, boolean multiLabel,
                             String metric, Map<String, TaskLanguage> languages, List<String> targets) {

    public TaskDefinition {
        labels = List.copyOf(labels);
        languages = Map.copyOf(languages);
        targets = List.copyOf(targets);
    }

    public TaskDefinition(String id, String name, String description, List<String> labels, boolean multiLabel,
                          String metric, Map<String, TaskLanguage> languages) {
        this(id, name, description, labels, multiLabel, metric, languages, List.of());
    }

    /** The metric for this task's data in {@code language}: the language's own, else the task's. */
    public String metricFor(String language) {
        TaskLanguage entry = language == null ? null : languages.get(language);
        return entry == null ? metric : entry.metric();
    }

    public Optional<TaskLanguage> language(String code) {
        return Optional.ofNullable(languages.get(code));
    }
}
