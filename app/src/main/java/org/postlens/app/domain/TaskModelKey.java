package org.postlens.app.domain;

import java.util.Set;

/**
 * One version of a task model and the languages it reads: what "already predicted" is checked against, so a
 * re-run skips posts this version has done and a new version predicts them again.
 *
 * @param languages language codes the model reads; a post of unknown language is a candidate for every model
 */
public record TaskModelKey(String modelId, String version, Set<String> languages) {

    public TaskModelKey {
        languages = Set.copyOf(languages);
    }
}
