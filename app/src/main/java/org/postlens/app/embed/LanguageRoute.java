package org.postlens.app.embed;

import java.util.Set;
import org.postlens.app.language.LanguageCodes;
import org.postlens.app.language.ScriptLanguage;

/**
 * Decides whether a post goes to a model that reads only some languages: by the post's language when it is
 * known (from the file or detected at import), otherwise by the language its script suggests
 * ({@link ScriptLanguage}, as the task models are routed): posts the detector left unknown are often short,
 * mixed or romanised.
 */
public final class LanguageRoute {

    private final Set<String> languages;

    public LanguageRoute(Set<String> languages) {
        this.languages = Set.copyOf(languages);
    }

    public boolean accepts(String lang, String text) {
        if (languages.isEmpty()) {
            return true;
        }
        String known = LanguageCodes.normalise(lang);
        String language = known != null ? known : ScriptLanguage.guess(text);
        return language != null && languages.contains(language);
    }
}
