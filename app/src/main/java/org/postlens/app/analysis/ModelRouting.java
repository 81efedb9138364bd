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
import org.postlens.app.language.LanguageCodes;
import org.postlens.app.language.ScriptLanguage;

/**
 * Which model answers each task for a post, the one place that decides it: by the post's language when known,
 * else by the language its script suggests ({@link ScriptLanguage}); a post gets only models whose pack lists its
 * language. Codes on both sides are compared as ISO 639-1 ("en-US" and "eng" are "en"). Where several models of a
 * task read a language, the one that reads the fewest languages (the most specialised) wins, then the lowest id,
 * so each post gets exactly one prediction per task (a task key: each stance target is a task of its own).
 */
public final class ModelRouting {

    /** task → language → model */
    private final Map<String, Map<String, TaskModel>> byTaskAndLanguage = new TreeMap<>();
    private final Map<TaskModel, Set<String>> servedLanguages = new LinkedHashMap<>();

    public ModelRouting(List<TaskModel> models) {
        List<TaskModel> preferred = new ArrayList<>(models);
        preferred.sort(Comparator.comparingInt((TaskModel model) -> model.languages().size()).thenComparing(TaskModel::modelId));
        for (TaskModel model : preferred) {
            for (String language : languages(model)) {
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
        String known = LanguageCodes.normalise(lang);
        String language = known != null ? known : ScriptLanguage.guess(text);
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

    private static Set<String> languages(TaskModel model) {
        Set<String> codes = new java.util.TreeSet<>();
        for (String language : model.languages()) {
            String code = LanguageCodes.normalise(language);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** The languages each task is answered in, for a summary. */
    public Map<String, Set<String>> languagesByTask() {
        Map<String, Set<String>> languages = new TreeMap<>();
        byTaskAndLanguage.forEach((task, byLanguage) -> languages.put(task, new java.util.TreeSet<>(byLanguage.keySet())));
        return languages;
    }
}
