package org.postlens.app.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.postlens.app.domain.TaskModelKey;

/**
 * Which model answers each task for a post: by the post's language when known, else by the language its script
 * suggests. Where several models of a task read a language, the one that reads the fewest languages (the most
 * specialised) wins, then the lowest id, so each post gets exactly one prediction per task.
 */
public final class ModelRouting {

    /** task → language → model */
    private final Map<String, Map<String, TaskModel>> byTaskAndLanguage = new TreeMap<>();
    private final Map<TaskModel, Set<String>> servedLanguages = new LinkedHashMap<>();

    public ModelRouting(List<TaskModel> models) {
        List<TaskModel> preferred = new ArrayList<>(models);
        preferred.sort(Comparator.comparingInt((TaskModel model) -> model.languages().size()).thenComparing(TaskModel::modelId));
        for (TaskModel model : preferred) {
            for (String language : model.languages()) {
                Map<String, TaskModel> byLanguage = byTaskAndLanguage.computeIfAbsent(model.task(), task -> new TreeMap<>());
                if (byLanguage.putIfAbsent(language, model) == null) {
                    servedLanguages.computeIfAbsent(model, m -> new HashSet<>()).add(language);
                }
            }
        }
    }

    /** The models that answer some task for some language; a model beaten everywhere is left out. */
    public List<TaskModel> models() {
        return List.copyOf(servedLanguages.keySet());
    }

    /** What "already predicted" is checked against: each model with the languages it answers for. */
    public List<TaskModelKey> keys() {
        return servedLanguages.entrySet().stream()
                .map(entry -> new TaskModelKey(entry.getKey().modelId(), entry.getKey().version(), entry.getValue()))
                .toList();
    }

    /** The models that answer for a post, one per task at most. */
    public List<TaskModel> route(String lang, String text) {
        String language = lang != null && !lang.isBlank() ? lang : ScriptLanguage.guess(text);
        if (language == null) {
            return List.of();
        }
        List<TaskModel> models = new ArrayList<>();
        for (Map<String, TaskModel> byLanguage : byTaskAndLanguage.values()) {
            TaskModel model = byLanguage.get(language);
            if (model != null) {
                models.add(model);
            }
        }
        return models;
    }

    /** The languages each task is answered in, for a summary. */
    public Map<String, Set<String>> languagesByTask() {
        Map<String, Set<String>> languages = new TreeMap<>();
        byTaskAndLanguage.forEach((task, byLanguage) -> languages.put(task, new java.util.TreeSet<>(byLanguage.keySet())));
        return languages;
    }
}
