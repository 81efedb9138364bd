package org.postlens.app.embed;

import java.util.Set;

/**
 * Decides whether a post goes to a model that reads only some languages: by the post's language when it is
 * known (from the file or detected at import), otherwise by its script (a model for Latin-script languages gets
 * text written mostly in Latin letters): posts the detector left unknown are often short, mixed or romanised.
 */
public final class LanguageRoute {

    private static final Set<String> LATIN_SCRIPT_LANGUAGES = Set.of("en", "fr", "es", "de", "it", "pt", "nl");

    private final Set<String> languages;

    public LanguageRoute(Set<String> languages) {
        this.languages = Set.copyOf(languages);
    }

    public boolean accepts(String lang, String text) {
        if (languages.isEmpty()) {
            return true;
        }
        if (lang != null && !lang.isBlank()) {
            return languages.contains(lang);
        }
        return languages.stream().anyMatch(LATIN_SCRIPT_LANGUAGES::contains) && mostlyLatin(text);
    }

    static boolean mostlyLatin(String text) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetter(codePoint)) {
                letters++;
                if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return letters > 0 && latin * 2 > letters;
    }
}
